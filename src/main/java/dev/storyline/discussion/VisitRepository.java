package dev.storyline.discussion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Remembers what each reader saw of a story (its sources and the sentences of each section) and
 * compares the story's current brief with it: "what changed since your last visit". Thread-safe.
 */
@Repository
public class VisitRepository {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** What a reader saw: source article ids, and section key to its sentences. */
  record Snapshot(List<String> sources, Map<String, List<String>> sections) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  VisitRepository(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Compares the brief with the reader's last visit and records this visit. Returns {@code null} on
   * a first visit.
   */
  public StoryChanges visit(long accountId, Brief brief) {
    Snapshot now = snapshot(brief);
    record Row(Instant at, String snapshot) {}
    List<Row> rows =
        jdbc.query(
            "select visited_at, snapshot from story_visit where account_id = ? and story_id = ?",
            (rs, i) -> new Row(rs.getTimestamp(1).toInstant(), rs.getString(2)),
            accountId,
            brief.storyId());
    String text = write(now);
    Timestamp at = Timestamp.from(clock.instant());
    if (rows.isEmpty()) {
      try {
        jdbc.update(
            "insert into story_visit (account_id, story_id, visited_at, snapshot)"
                + " values (?, ?, ?, ?)",
            accountId,
            brief.storyId(),
            at,
            text);
        return null;
      } catch (DuplicateKeyException sameReaderOtherTab) {
        // the same reader's other request (another tab, a prefetch) recorded the first visit
        // between our read and our insert: this one is a first visit too
        recordVisit(accountId, brief.storyId(), at, text);
        return null;
      }
    }
    recordVisit(accountId, brief.storyId(), at, text);
    return compare(read(rows.get(0).snapshot()), now, brief, WHEN.format(rows.get(0).at()));
  }

  private void recordVisit(long accountId, String storyId, Timestamp at, String text) {
    jdbc.update(
        "update story_visit set visited_at = ?, snapshot = ? where account_id = ? and story_id = ?",
        at,
        text,
        accountId,
        storyId);
  }

  static Snapshot snapshot(Brief brief) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put("why_it_matters", texts(brief.whyItMatters()));
    sections.put("key_points", texts(brief.keyPoints()));
    sections.put("summary", texts(brief.summary()));
    sections.put("explainer", texts(brief.explainer().lines()));
    sections.put(
        "sides",
        brief.sides().stream()
            .flatMap(c -> c.stances().stream().map(s -> s.line().text()))
            .toList());
    sections.put("forecast", brief.forecast().items().stream().map(f -> f.line().text()).toList());
    sections.put(
        "timeline", brief.timeline().stream().map(t -> t.date() + " " + t.label()).toList());
    List<String> sources = brief.sources().stream().map(Brief.SourceArticle::articleId).toList();
    return new Snapshot(sources, sections);
  }

  static StoryChanges compare(Snapshot before, Snapshot now, Brief brief, String lastVisit) {
    Set<String> oldSources = new HashSet<>(before.sources());
    List<String> newSources = new ArrayList<>();
    for (Brief.SourceArticle s : brief.sources()) {
      if (!oldSources.contains(s.articleId())) {
        newSources.add(s.outlet() + ": " + s.title());
      }
    }
    Set<String> seen = new HashSet<>();
    before.sections().values().forEach(seen::addAll);
    Set<String> newFacts = new HashSet<>();
    Set<String> changed = new HashSet<>();
    for (Map.Entry<String, List<String>> e : now.sections().entrySet()) {
      List<String> old = before.sections().getOrDefault(e.getKey(), List.of());
      if (!new HashSet<>(old).equals(new HashSet<>(e.getValue()))) {
        changed.add(e.getKey());
      }
      if (!e.getKey().equals("timeline")) {
        e.getValue().stream().filter(t -> !seen.contains(t)).forEach(newFacts::add);
      }
    }
    return new StoryChanges(lastVisit, newSources, newFacts, changed);
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  private String write(Snapshot s) {
    try {
      return json.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Snapshot read(String text) {
    try {
      return json.readValue(text, Snapshot.class);
    } catch (JsonProcessingException e) {
      return new Snapshot(List.of(), Map.of());
    }
  }

  /**
   * What readers saw of story {@code from} counts as seen of story {@code to} (a repair merged
   * them); a reader with a visit of both keeps the visit of {@code to}.
   */
  void moveStory(String from, String to) {
    jdbc.update(
        "delete from story_visit where story_id = ? and account_id in"
            + " (select account_id from story_visit where story_id = ?)",
        from,
        to);
    jdbc.update("update story_visit set story_id = ? where story_id = ?", to, from);
  }
}
