package dev.storyline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the merges and splits of a story repair pass, each in one transaction: memberships,
 * story rows, redirects from absorbed ids, and what readers attached to an absorbed story
 * (comments, follows, last-visit snapshots) moved to its survivor. Thread-safe.
 */
public class StoryRepairs {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public StoryRepairs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
  }

  /** True when the id names a stored story or the story of an article (so a new story must not take it). */
  public boolean taken(String storyId) {
    return !jdbc.queryForList("select id from story where id = ?", String.class, storyId).isEmpty()
        || !jdbc.queryForList("select id from article where story_id = ? fetch first 1 rows only",
            String.class, storyId).isEmpty();
  }

  /** Story {@code absorbed} joins {@code survivor}; its id redirects there from now on. */
  public void merge(String absorbed, String survivor, Instant now) {
    tx.executeWithoutResult(status -> {
      jdbc.update("update article set story_id = ? where story_id = ?", survivor, absorbed);
      Optional<String> line = jdbc.queryForList("select storyline_id from story where id = ?", String.class,
          absorbed).stream().filter(l -> l != null).findFirst();
      jdbc.update("delete from story where id = ?", absorbed);
      line.ifPresent(this::dropIfEmpty);
      jdbc.update("update story_redirect set to_id = ? where to_id = ?", survivor, absorbed);
      jdbc.update("delete from story_redirect where from_id in (?, ?)", absorbed, survivor);
      jdbc.update("insert into story_redirect (from_id, to_id, reason, created_at) values (?, ?, 'merge', ?)",
          absorbed, survivor, ArticleRepository.utc(now));
      moveReaders(absorbed, survivor);
    });
  }

  /** The articles move from {@code storyId} to the new story {@code newStoryId}. */
  public void split(String storyId, String newStoryId, List<String> articleIds) {
    tx.executeWithoutResult(status -> {
      for (List<String> chunk : ArticleRepository.chunks(articleIds)) {
        Object[] args = new Object[chunk.size() + 2];
        args[0] = newStoryId;
        args[1] = storyId;
        System.arraycopy(chunk.toArray(), 0, args, 2, chunk.size());
        jdbc.update("update article set story_id = ? where story_id = ? and id in ("
            + ArticleRepository.marks(chunk) + ")", args);
      }
      jdbc.update("delete from story_redirect where from_id = ?", newStoryId);
    });
  }

  /** Where a story id redirects to, when a merge absorbed it. */
  public Optional<String> redirect(String storyId) {
    return jdbc.queryForList("select to_id from story_redirect where from_id = ?", String.class, storyId)
        .stream().findFirst();
  }

  private void dropIfEmpty(String storylineId) {
    Integer left = jdbc.queryForObject("select count(*) from story where storyline_id = ?", Integer.class,
        storylineId);
    if (left != null && left == 0) {
      jdbc.update("delete from forecast_scorecard where storyline_id = ?", storylineId);
      jdbc.update("delete from storyline where id = ?", storylineId);
    }
  }

  private void moveReaders(String from, String to) {
    jdbc.update("update story_comment set story_id = ? where story_id = ?", to, from);
    jdbc.update("delete from follow where kind = 'story' and item_id = ? and account_id in"
        + " (select account_id from follow where kind = 'story' and item_id = ?)", from, to);
    jdbc.update("update follow set item_id = ? where kind = 'story' and item_id = ?", to, from);
    jdbc.update("delete from story_visit where story_id = ? and account_id in"
        + " (select account_id from story_visit where story_id = ?)", from, to);
    jdbc.update("update story_visit set story_id = ? where story_id = ?", to, from);
  }
}
