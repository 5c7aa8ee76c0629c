/**
 * The web layer: server-rendered pages ({@code page}), the JSON API ({@code api}), the Atom feed
 * ({@code feed}) and the one place that turns exceptions into HTTP answers ({@code error}). Reads
 * only through {@link dev.storyline.store.StoryQueries} and the {@code domain} records; never
 * through pipeline stages. Times are shown in UTC.
 */
package dev.storyline.web;
