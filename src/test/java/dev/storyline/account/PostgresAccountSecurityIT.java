package dev.storyline.account;

import dev.storyline.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AccountSecurityIT} on a real PostgreSQL server (a fresh schema). */
class PostgresAccountSecurityIT extends AccountSecurityIT {

  @BeforeAll
  static void requirePostgres() {
    TestDatabases.assumePostgres();
  }

  @DynamicPropertySource
  static void postgresDatabase(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
