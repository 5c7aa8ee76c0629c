/**
 * Immutable records passed between the pipeline stages (ingest, analyze, cluster, brief) and read
 * by {@code store}, {@code web} and the features. Depends on nothing but the JDK. Fields are never
 * null unless documented; lists are immutable copies.
 */
package dev.storyline.domain;
