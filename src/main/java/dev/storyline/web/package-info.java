/**
 * The web layer: server-rendered pages ({@code page}), the JSON API ({@code api}), Atom feeds
 * ({@code feed}), search and outlet pages ({@code search}), the operator's sources page and API
 * ({@code sources}, commanding {@code feeds} through its {@code SourceService}), the page cache
 * ({@code cache}) and the one place that turns exceptions into HTTP answers ({@code error}). Reads
 * only through {@link dev.storyline.store.StoryQueries} and the {@code domain} records; never
 * through stages or the pipeline. Times are shown in UTC.
 */
package dev.storyline.web;
