/**
 * Feed sources on the web: the operator page {@code /sources} and the JSON API {@code /api/sources}
 * (list, add, pause, resume, remove, poll now, OPML export). Present only when the application
 * wires a {@link dev.storyline.feeds.SourceService}.
 */
package dev.storyline.web.sources;
