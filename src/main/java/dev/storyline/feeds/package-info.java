/**
 * Feeds, a feature of their own: the sources an operator lists, their polling schedule, and the
 * runner that fetches a due source through the safe HTTP client, parses it, lets {@code
 * ingest.feed.EntryArticle} turn each new entry into an article and the pipeline's {@code
 * ArticleIntake} store it (or a sighting of one already stored, as for imports). {@link
 * dev.storyline.feeds.SourceService} is the one command facade for the command line ({@link
 * dev.storyline.feeds.SourcesCommand}), the JSON API and the operator page; {@link
 * dev.storyline.feeds.FeedConfiguration} wires it all with its settings ({@code storyline.feeds.*},
 * {@code storyline.fetch.*}).
 *
 * <p>May depend on {@code domain}, {@code ingest} (fetching, parsing, extraction, de-duplication),
 * {@code store} and {@code pipeline} (the intake, and the runner after a poll that stored
 * something). Never depends on the other stages, {@code web}, {@code app}, {@code eval}, {@code
 * account} or {@code discussion}.
 */
package dev.storyline.feeds;
