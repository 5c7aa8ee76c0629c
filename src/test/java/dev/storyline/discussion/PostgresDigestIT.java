package dev.storyline.discussion;

import dev.storyline.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DigestIT} on a real PostgreSQL server (a fresh schema). */
class PostgresDigestIT extends DigestIT {

  @BeforeAll
  static void requirePostgres() {
    TestDatabases.assumePostgres();
  }

  @DynamicPropertySource
  static void postgresDatabase(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
