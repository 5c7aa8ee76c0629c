package dev.storyline.app;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.search.OutletQueries;
import dev.storyline.store.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires full-text search and the outlet queries. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  /**
   * The in-memory index; when a refresh takes in something new, this process's search pages are
   * rendered again ({@link PageVersions#SEARCH_INDEX}).
   */
  @Bean
  SearchIndex searchIndex(JdbcTemplate jdbc, StoryQueries stories, PageVersions versions) {
    SearchIndex index = new SearchIndex(jdbc, stories);
    index.onChange(() -> versions.changedHere(PageVersions.SEARCH_INDEX));
    return index;
  }

  /** A web process builds its index once started, so the first reader's search does not wait. */
  @Bean
  @ConditionalOnWebApplication
  ApplicationListener<ApplicationReadyEvent> searchIndexWarmUp(SearchIndex index) {
    return ready -> index.refreshSoon();
  }

  @Bean
  OutletQueries outletQueries(JdbcTemplate jdbc) {
    return new OutletQueries(jdbc);
  }
}
