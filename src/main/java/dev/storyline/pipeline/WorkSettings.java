package dev.storyline.pipeline;

import java.time.Duration;

/**
 * How a pipeline runner shares work with the other processes on its database. Built from {@code
 * storyline.work.*} (app's {@code Stages.workSettings}), where the defaults are written.
 *
 * @param reorderDelay how long an article stays out of clustering after it was stored, so that
 *     articles stored at about the same time by several processes are clustered in publication
 *     order (zero: as soon as it is analyzed)
 * @param takeoverAfter how long the clustering writer may stay silent (no heartbeat) before another
 *     process ends its database session and takes the role over
 * @param idlePoll how often a process waiting for other processes' work looks again
 */
public record WorkSettings(Duration reorderDelay, Duration takeoverAfter, Duration idlePoll) {}
