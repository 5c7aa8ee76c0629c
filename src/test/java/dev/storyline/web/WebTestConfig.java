package dev.storyline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.account.AccountRepository;
import dev.storyline.account.RateLimits;
import dev.storyline.account.SecurityConfiguration;
import dev.storyline.store.JdbcStoryQueries;
import dev.storyline.store.OutletRepository;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryLists;
import dev.storyline.store.TopicRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test-only wiring for {@code @WebMvcTest} slices of the web layer: scans {@code dev.storyline.web}
 * (the slice filter keeps controllers and advice), a fake store and a pinned clock.
 *
 * <p>Deliberately not annotated {@code @Configuration} (lite mode): an application's component scan
 * of {@code dev.storyline} must never pick it up, and {@code @TestConfiguration} classes are not
 * accepted as the primary configuration of a {@code @WebMvcTest}.
 *
 * <p>The site's real security rules are imported, so slices prove that pages, feeds and API GETs
 * stay open to readers who are not signed in.
 */
@Import({SecurityConfiguration.class, dev.storyline.web.page.CardLens.class})
@ComponentScan(
    basePackages = "dev.storyline.web",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      // search reads Lucene over the database: covered by SearchIT, not by the slices
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = "dev\\.storyline\\.web\\.search\\..*")
    })
public class WebTestConfig {

  /** The instant every slice test runs at. */
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Bean
  FakeStoryQueries storyQueries() {
    return new FakeStoryQueries();
  }

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** The site's public address, as MockMvc's requests name it. */
  @Bean
  SiteUrl siteUrl() {
    return new SiteUrl("http://localhost");
  }

  /**
   * What the security rules check accounts and sign-ins with. Slices send no signed-in request and
   * no sign-in, so these never reach a database (they have none).
   */
  @Bean
  AccountRepository accounts() {
    return new AccountRepository(new JdbcTemplate());
  }

  /**
   * The features' repositories (outlet descriptions, topics, day lists) over an empty migrated
   * in-memory store: slices show FakeStoryQueries' stories and no outlet is described.
   */
  private final JdbcTemplate emptyStore = dev.storyline.TestDatabases.migratedH2();

  @Bean
  CoverageProperties coverageProperties() {
    return CoverageProperties.defaults();
  }

  @Bean
  TopicRepository topicRepository() {
    return new TopicRepository(emptyStore, new ObjectMapper());
  }

  @Bean
  OutletRepository outletRepository(TopicRepository topics, Clock clock) {
    return new OutletRepository(emptyStore, new PageVersions(emptyStore), topics, clock);
  }

  @Bean
  StoryLists storyLists() {
    return new StoryLists(emptyStore, new JdbcStoryQueries(emptyStore, new ObjectMapper()));
  }

  @Bean
  RateLimits rateLimits(Clock clock) {
    return new RateLimits(new JdbcTemplate(), clock);
  }
}
