package dev.storyline.app;

import dev.storyline.store.journal.EmbeddedDatabaseStartup;
import dev.storyline.store.journal.EmbeddedH2;
import dev.storyline.store.journal.FileIngestJournal;
import dev.storyline.store.journal.IngestJournal;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The ingest journal and the embedded database's startup checks. Setting {@code storyline.journal}
 * ({@link StorylineProperties.JournalMode}): {@code auto} journals when the database is an embedded
 * H2 file, in {@code journal/} beside it; {@code off} never journals. PostgreSQL needs no journal:
 * it does not lose committed rows when a process is killed.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

  @Bean
  IngestJournal ingestJournal(Environment env, StorylineProperties props) {
    if (props.journal() == StorylineProperties.JournalMode.OFF) {
      return IngestJournal.NONE;
    }
    return EmbeddedH2.of(env.getProperty("spring.datasource.url"))
        .<IngestJournal>map(db -> new FileIngestJournal(db.journalDir()))
        .orElse(IngestJournal.NONE);
  }

  /**
   * Readies an embedded H2 file database (recovery, migration on a copy, journal replay) when its
   * pool is created, before anything opens a connection.
   */
  @Bean
  static BeanPostProcessor embeddedDatabaseStartup(Environment env) {
    AtomicBoolean done = new AtomicBoolean();
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof com.zaxxer.hikari.HikariDataSource pool && !done.getAndSet(true)) {
          boolean flyway = env.getProperty("spring.flyway.enabled", Boolean.class, true);
          String[] locations =
              env.getProperty(
                  "spring.flyway.locations",
                  String[].class,
                  new String[] {"classpath:db/migration"});
          EmbeddedDatabaseStartup.prepare(
              pool.getJdbcUrl(),
              pool.getUsername(),
              pool.getPassword(),
              flyway ? locations : null,
              journalOn(env));
        }
        return bean;
      }
    };
  }

  /**
   * The journal setting, bound as the application binds it (this runs before the application's
   * settings exist): an unknown value fails the start with a clear message.
   */
  private static boolean journalOn(Environment env) {
    return Binder.get(env)
            .bindOrCreate("storyline", Bindable.of(StorylineProperties.class))
            .journal()
        != StorylineProperties.JournalMode.OFF;
  }
}
