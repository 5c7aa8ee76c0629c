package dev.storyline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the merges and splits of a story repair pass, each in one transaction: memberships, story
 * rows and redirects from absorbed ids. A storyline left empty by a merge redirects to the
 * storyline of the survivor. What other features attached to a story (readers' comments, follows
 * and visits) is theirs to move: each change is published as a {@link StoryRepairEvent} inside its
 * transaction. Thread-safe.
 */
public class StoryRepairRepository {
  /**
   * Asks the process that runs the pipeline for a repair pass now (a moderator's move waits for
   * it). Published as a Spring application event; without a listener the move waits for the next
   * scheduled pass or import.
   */
  public record RepairRequested(String reason) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final PageVersions pages;
  private final Consumer<StoryRepairEvent> events;

  /** Repairs that tell no one what they did (tests of the store alone). */
  public StoryRepairRepository(JdbcTemplate jdbc) {
    this(jdbc, new PageVersions(jdbc), event -> {});
  }

  /**
   * Repairs that also mark the pages they change ({@link PageVersions}) and publish what they did
   * to {@code events}, inside the transaction of each change.
   */
  public StoryRepairRepository(
      JdbcTemplate jdbc, PageVersions pages, Consumer<StoryRepairEvent> events) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    this.pages = pages;
    this.events = events;
  }

  /** The database these repairs are written to. */
  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /**
   * True when the id names a stored story or the story of an article (so a new story must not take
   * it).
   */
  public boolean taken(String storyId) {
    return !jdbc.queryForList("select id from story where id = ?", String.class, storyId).isEmpty()
        || !jdbc.queryForList(
                "select id from article where story_id = ? fetch first 1 rows only",
                String.class,
                storyId)
            .isEmpty();
  }

  /** Story {@code absorbed} joins {@code survivor}; its id redirects there from now on. */
  public void merge(String absorbed, String survivor, Instant now) {
    List<String> lines =
        jdbc.queryForList(
            "select storyline_id from story where id in (?, ?)", String.class, absorbed, survivor);
    tx.executeWithoutResult(
        status -> {
          jdbc.update(
              "update article_why set kind = 'merged' where article_id in"
                  + " (select id from article where story_id = ?)",
              absorbed);
          jdbc.update("update article set story_id = ? where story_id = ?", survivor, absorbed);
          jdbc.update("delete from story_topic where story_id = ?", absorbed);
          Optional<String> line =
              jdbc
                  .queryForList(
                      "select storyline_id from story where id = ?", String.class, absorbed)
                  .stream()
                  .filter(l -> l != null)
                  .findFirst();
          jdbc.update("delete from story where id = ?", absorbed);
          jdbc.update("delete from story_link where story_id = ?", absorbed);
          line.ifPresent(l -> dropIfEmpty(l, survivor, now));
          jdbc.update(
              "update storyline_redirect set via_story = ? where via_story = ?",
              survivor,
              absorbed);
          jdbc.update("update story_redirect set to_id = ? where to_id = ?", survivor, absorbed);
          jdbc.update("delete from story_redirect where from_id in (?, ?)", absorbed, survivor);
          jdbc.update(
              "insert into story_redirect (from_id, to_id, reason, created_at) values (?, ?, 'merge', ?)",
              absorbed,
              survivor,
              ArticleRepository.utc(now));
          events.accept(new StoryRepairEvent.Merged(absorbed, survivor, now));
        });
    List<String> touched =
        new java.util.ArrayList<>(
            List.of(
                PageVersions.story(absorbed), PageVersions.story(survivor), PageVersions.LISTS));
    lines.forEach(l -> touched.add(PageVersions.storyline(l)));
    pages.touch(touched);
  }

  /** The articles move from {@code storyId} to the new story {@code newStoryId}. */
  public void split(String storyId, String newStoryId, List<String> articleIds) {
    tx.executeWithoutResult(
        status -> {
          for (List<String> chunk : ArticleRepository.chunks(articleIds)) {
            Object[] args = new Object[chunk.size() + 2];
            args[0] = newStoryId;
            args[1] = storyId;
            System.arraycopy(chunk.toArray(), 0, args, 2, chunk.size());
            jdbc.update(
                "update article set story_id = ? where story_id = ? and id in ("
                    + ArticleRepository.marks(chunk)
                    + ")",
                args);
            jdbc.update(
                "update article_why set kind = 'split' where article_id in ("
                    + ArticleRepository.marks(chunk)
                    + ")",
                chunk.toArray());
          }
          jdbc.update("delete from story_redirect where from_id = ?", newStoryId);
          events.accept(new StoryRepairEvent.Split(storyId, newStoryId, articleIds));
        });
    List<String> touched =
        new java.util.ArrayList<>(
            List.of(
                PageVersions.story(storyId), PageVersions.story(newStoryId), PageVersions.LISTS));
    jdbc.queryForList("select storyline_id from story where id = ?", String.class, storyId)
        .forEach(l -> touched.add(PageVersions.storyline(l)));
    pages.touch(touched);
  }

  /** Articles a moderator moved out of their story (recorded here, applied by the pipeline). */
  public ApartRepository apart() {
    return new ApartRepository(jdbc);
  }

  /** Where a story id redirects to, when a merge absorbed it. */
  public Optional<String> redirect(String storyId) {
    return jdbc
        .queryForList("select to_id from story_redirect where from_id = ?", String.class, storyId)
        .stream()
        .findFirst();
  }

  /**
   * The storyline that now carries on a storyline emptied by a merge: the storyline of the story
   * its last story merged into (one hop through story redirects, which are flat). Empty when the id
   * names a storyline, was never emptied, or the survivor is not linked yet.
   */
  public Optional<String> storylineRedirect(String storylineId) {
    return storylineRedirect(jdbc, storylineId);
  }

  static Optional<String> storylineRedirect(JdbcTemplate jdbc, String storylineId) {
    return jdbc
        .queryForList(
            "select s.storyline_id from storyline_redirect r"
                + " left join story_redirect m on m.from_id = r.via_story"
                + " join story s on s.id = coalesce(m.to_id, r.via_story)"
                + " where r.from_id = ? and s.storyline_id is not null and s.storyline_id <> r.from_id",
            String.class,
            storylineId)
        .stream()
        .findFirst();
  }

  /**
   * Tells the listeners that the stories a repair pass changed are linked into storylines again
   * ({@link StoryRepairEvent.Relinked}), in one transaction with what they do about it: readers who
   * followed a storyline that a merge emptied follow the one that carries it on.
   */
  public void relinked(Instant now) {
    tx.executeWithoutResult(status -> events.accept(new StoryRepairEvent.Relinked(now)));
  }

  private void dropIfEmpty(String storylineId, String survivor, Instant now) {
    Integer left =
        jdbc.queryForObject(
            "select count(*) from story where storyline_id = ?", Integer.class, storylineId);
    if (left != null && left == 0) {
      jdbc.update("delete from forecast_scorecard where storyline_id = ?", storylineId);
      jdbc.update("delete from forecast_ledger where storyline_id = ?", storylineId);
      jdbc.update("delete from forecast_ledger_offered where storyline_id = ?", storylineId);
      jdbc.update("delete from storyline where id = ?", storylineId);
      jdbc.update("delete from storyline_redirect where from_id = ?", storylineId);
      jdbc.update(
          "insert into storyline_redirect (from_id, via_story, created_at) values (?, ?, ?)",
          storylineId,
          survivor,
          ArticleRepository.utc(now));
    }
  }
}
