package dev.storyline.app;

import dev.storyline.store.StoryQueries;
import dev.storyline.store.search.OutletQueries;
import dev.storyline.store.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires full-text search and the outlet queries. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchIndex searchIndex(JdbcTemplate jdbc, StoryQueries stories) {
    return new SearchIndex(jdbc, stories);
  }

  @Bean
  OutletQueries outletQueries(JdbcTemplate jdbc) {
    return new OutletQueries(jdbc);
  }
}
