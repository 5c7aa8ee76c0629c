package dev.storyline.store;

import dev.storyline.domain.ForecastCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes behind {@link StoryRepository}: story and storyline rows, brief bases and forecast
 * scorecards, each marking the pages it changes ({@link PageVersions}). Thread-safe (stateless over
 * JDBC).
 */
final class StoryWrites {

  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;
  private final PageVersions pages;
  private final TopicRepository topics;

  StoryWrites(JdbcTemplate jdbc, AnalysisCodec codec, PageVersions pages, TopicRepository topics) {
    this.jdbc = jdbc;
    this.codec = codec;
    this.pages = pages;
    this.topics = topics;
  }

  void save(StoryRepository.StoryRow s) {
    Object[] values = {
      s.storylineId(),
      s.headline(),
      Slugs.of(s.headline()),
      ArticleRepository.utc(s.first()),
      ArticleRepository.utc(s.last()),
      s.articleCount(),
      codec.write(s.outlets()),
      s.noiseScore(),
      s.brief() == null ? null : codec.write(s.brief()),
      s.brief() == null ? null : ArticleRepository.utc(s.brief().writtenAt()),
      ArticleRepository.utc(s.updatedAt()),
      s.basis(),
      s.id()
    };
    List<String> before =
        jdbc.queryForList("select storyline_id from story where id = ?", String.class, s.id());
    int n =
        jdbc.update(
            "update story set storyline_id=?, headline=?, slug=?, first_published=?, last_published=?,"
                + " article_count=?, outlets=?, noise_score=?, brief=?, brief_written=?, updated_at=?,"
                + " brief_basis=? where id=?",
            values);
    if (n == 0) {
      jdbc.update(
          "insert into story (storyline_id, headline, slug, first_published, last_published,"
              + " article_count, outlets, noise_score, brief, brief_written, updated_at, brief_basis,"
              + " id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
          values);
    }
    topics.writeStory(s.id(), s.outlets(), s.textTopics());
    List<String> touched = new ArrayList<>();
    touched.add(PageVersions.story(s.id()));
    touched.add(PageVersions.storyline(s.storylineId()));
    before.forEach(l -> touched.add(PageVersions.storyline(l)));
    touched.add(PageVersions.LISTS);
    pages.touch(touched);
  }

  void save(StoryRepository.StorylineRow l) {
    Object[] values = {
      l.title(), Slugs.of(l.title()), ArticleRepository.utc(l.first()),
      ArticleRepository.utc(l.last()), l.storyCount(), l.id()
    };
    int n =
        jdbc.update(
            "update storyline set title=?, slug=?, first_published=?, last_published=?, story_count=?"
                + " where id=?",
            values);
    if (n == 0) {
      jdbc.update(
          "insert into storyline (title, slug, first_published, last_published, story_count, id)"
              + " values (?,?,?,?,?,?)",
          values);
      jdbc.update("delete from storyline_redirect where from_id = ?", l.id());
    }
    pages.touch(PageVersions.storyline(l.id()), PageVersions.LISTS);
  }

  /** Forgets the bases of these stories' briefs, so that the next brief run rewrites them all. */
  void forgetBriefBases(List<String> storyIds) {
    for (List<String> chunk : ArticleRepository.chunks(storyIds)) {
      jdbc.update(
          "update story set brief_basis = null where id in ("
              + ArticleRepository.marks(chunk)
              + ")",
          chunk.toArray());
    }
  }

  /** Replaces the forecast scorecard of a storyline. */
  void saveScorecard(String storylineId, List<ForecastCheck> checks, Instant writtenAt) {
    Object[] values = {codec.write(checks), ArticleRepository.utc(writtenAt), storylineId};
    int n =
        jdbc.update(
            "update forecast_scorecard set checks=?, written_at=? where storyline_id=?", values);
    if (n == 0) {
      jdbc.update(
          "insert into forecast_scorecard (checks, written_at, storyline_id) values (?,?,?)",
          values);
    }
    pages.touch(PageVersions.storyline(storylineId));
  }
}
