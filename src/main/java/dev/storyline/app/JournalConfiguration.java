package dev.storyline.app;

import dev.storyline.store.journal.EmbeddedDatabaseStartup;
import dev.storyline.store.journal.EmbeddedH2;
import dev.storyline.store.journal.FileIngestJournal;
import dev.storyline.store.journal.IngestJournal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The ingest journal and the embedded database's startup checks. Setting {@code storyline.journal}:
 * {@code auto} (the default) journals when the database is an embedded H2 file, in {@code journal/}
 * beside it; {@code off} never journals. PostgreSQL needs no journal: it does not lose committed
 * rows when a process is killed.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

  @Bean
  IngestJournal ingestJournal(Environment env) {
    if (!journalOn(env)) {
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

  private static boolean journalOn(Environment env) {
    String mode = env.getProperty("storyline.journal", "auto").toLowerCase(Locale.ROOT);
    if (!mode.equals("auto") && !mode.equals("off")) {
      LoggerFactory.getLogger(JournalConfiguration.class)
          .warn("storyline.journal={} is neither auto nor off:" + " journaling as with auto", mode);
    }
    return !mode.equals("off");
  }
}
