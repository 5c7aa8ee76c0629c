package dev.storyline.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists of stories by topic and by day (the archive, "On this day"), each one or two queries. Days
 * are UTC calendar days; a story belongs to a day when one of its articles was published that day.
 * Thread-safe.
 */
public class StoryLists {
  private final JdbcTemplate jdbc;
  private final JdbcStoryQueries cards;

  public StoryLists(JdbcTemplate jdbc, JdbcStoryQueries cards) {
    this.jdbc = jdbc;
    this.cards = cards;
  }

  /** A topic's most recently updated stories (up to {@code limit}), newest first. */
  public List<StoryCard> topic(String slug, int limit) {
    return cards.cards(
        "select "
            + JdbcStoryQueries.CARD_COLUMNS
            + " from story s where s.brief is not null and exists (select 1 from story_topic t"
            + " where t.story_id = s.id and t.topic = ? and "
            + TopicRepository.EFFECTIVE
            + ") order by s.last_published desc, s.id fetch first "
            + Math.max(1, limit)
            + " rows only",
        slug);
  }

  /** The stories of one day, loudest first. */
  public List<StoryCard> day(LocalDate day) {
    return cards.cards(
        "select "
            + JdbcStoryQueries.CARD_COLUMNS
            + " from story s where s.brief is not null and s.id in (select a.story_id from article a"
            + " where a.published >= ? and a.published < ? and a.story_id is not null)"
            + " order by s.noise_score desc, s.article_count desc, s.id",
        start(day),
        start(day.plusDays(1)));
  }

  /** The nearest earlier day with a story's article, if any. */
  public Optional<LocalDate> dayBefore(LocalDate day) {
    return date(
        "select max(published) from article where story_id is not null and published < ?",
        start(day));
  }

  /** The nearest later day with a story's article, if any. */
  public Optional<LocalDate> dayAfter(LocalDate day) {
    return date(
        "select min(published) from article where story_id is not null and published >= ?",
        start(day.plusDays(1)));
  }

  /** The newest day with an article, if any. */
  public Optional<LocalDate> newestDay() {
    return date("select max(published) from article where story_id is not null");
  }

  /**
   * Stories of the same month and day in each earlier year back to the oldest article, loudest
   * first within a year, the nearest year first (one query per year that has articles).
   */
  public java.util.Map<LocalDate, List<StoryCard>> onThisDay(LocalDate day) {
    Optional<LocalDate> oldest =
        date("select min(published) from article where story_id is not null");
    java.util.Map<LocalDate, List<StoryCard>> out = new java.util.LinkedHashMap<>();
    int years = oldest.map(o -> day.getYear() - o.getYear()).orElse(0);
    for (int back = 1; back <= years; back++) {
      LocalDate then = day.minusYears(back);
      if (then.getDayOfMonth() != day.getDayOfMonth()) {
        continue; // 29 February has no match in most years
      }
      List<StoryCard> stories = day(then);
      if (!stories.isEmpty()) {
        out.put(then, stories);
      }
    }
    return out;
  }

  private Optional<LocalDate> date(String sql, Object... args) {
    OffsetDateTime t = jdbc.queryForObject(sql, OffsetDateTime.class, args);
    return t == null
        ? Optional.empty()
        : Optional.of(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
