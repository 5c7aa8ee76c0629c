package dev.storyline.store;

import dev.storyline.domain.Brief;
import java.time.Instant;
import java.util.List;

/**
 * What a list of stories shows about one story.
 *
 * @param id stable story id (used in URLs)
 * @param slug URL slug of the current headline
 * @param headline current headline
 * @param storylineId the storyline the story belongs to
 * @param firstPublished publication time of its oldest article
 * @param lastPublished publication time of its newest article
 * @param articles number of articles
 * @param outlets distinct outlet names, most articles first
 * @param noise the noise level of its current brief
 * @param whyItMatters first Why-It-Matters sentence, or "" when none
 */
public record StoryCard(
    String id,
    String slug,
    String headline,
    String storylineId,
    Instant firstPublished,
    Instant lastPublished,
    int articles,
    List<String> outlets,
    Brief.Noise noise,
    String whyItMatters) {

  public StoryCard {
    outlets = List.copyOf(outlets);
  }
}
