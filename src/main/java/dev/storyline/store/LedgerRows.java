package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.domain.LedgerSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Storylines' forecast ledgers as the brief step keeps them up to date ({@code forecast_ledger},
 * {@code forecast_ledger_offered}): written story by story as they change, read back whole by a
 * process that starts again. A stored ledger holds only while the storyline row's {@code
 * ledger_stamp} equals its {@code brief_stamp} ({@link StoryRepository#stampBriefs(String, String,
 * boolean)}, {@link #unstamp}).
 */
public final class LedgerRows {
  private static final TypeReference<List<LedgerSnapshot.Entry>> ENTRIES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;

  LedgerRows(JdbcTemplate jdbc, AnalysisCodec codec) {
    this.jdbc = jdbc;
    this.codec = codec;
  }

  /**
   * Updates a storyline's stored ledger: replaces the forecasts of these stories (an empty list
   * removes them) and adds these offered articles; with {@code full}, everything stored of it is
   * dropped first.
   */
  public void save(
      String line,
      boolean full,
      Map<String, List<LedgerSnapshot.Entry>> stories,
      Collection<String> offered) {
    if (!full && stories.isEmpty() && offered.isEmpty()) {
      return; // most serves: nothing changed in the ledger
    }
    if (full) {
      drop(line);
    }
    List<Object[]> gone = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    stories.forEach(
        (story, entries) -> {
          gone.add(new Object[] {line, story});
          if (!entries.isEmpty()) {
            rows.add(new Object[] {line, story, codec.write(entries)});
          }
        });
    if (!full) {
      jdbc.batchUpdate("delete from forecast_ledger where storyline_id = ? and story_id = ?", gone);
    }
    jdbc.batchUpdate(
        "insert into forecast_ledger (storyline_id, story_id, forecasts) values (?, ?, ?)", rows);
    jdbc.batchUpdate(
        "insert into forecast_ledger_offered (storyline_id, article_id) values (?, ?)",
        offered.stream().map(id -> new Object[] {line, id}).toList());
  }

  /** The ledger stored for the storyline's current stamp, or {@code null}. */
  public LedgerSnapshot read(String line) {
    Integer holds =
        jdbc.queryForObject(
            "select count(*) from storyline where id = ? and ledger_stamp = brief_stamp",
            Integer.class,
            line);
    if (holds == null || holds == 0) {
      return null;
    }
    List<LedgerSnapshot.Entry> entries = new ArrayList<>();
    jdbc.query(
        "select forecasts from forecast_ledger where storyline_id = ? order by story_id",
        rs -> {
          entries.addAll(codec.read(rs.getString(1), ENTRIES));
        },
        line);
    List<String> offered =
        jdbc.queryForList(
            "select article_id from forecast_ledger_offered where storyline_id = ?"
                + " order by article_id",
            String.class,
            line);
    return new LedgerSnapshot(offered, entries);
  }

  /** Drops everything stored of a storyline's ledger. */
  public void drop(String line) {
    jdbc.update("delete from forecast_ledger where storyline_id = ?", line);
    jdbc.update("delete from forecast_ledger_offered where storyline_id = ?", line);
  }

  /** Says that the stored ledger no longer holds: briefs are about to change. */
  public void unstamp(String line) {
    jdbc.update(
        "update storyline set ledger_stamp = null where id = ? and ledger_stamp is not null", line);
  }
}
