package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PipelineIT} on a real PostgreSQL server (a fresh schema). */
class PostgresPipelineIT extends PipelineIT {

  @BeforeAll
  static void requirePostgres() {
    TestDatabases.assumePostgres();
  }

  @DynamicPropertySource
  static void postgresDatabase(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }

  /** Guards the set-up itself: an inherited H2 setting must not win over PostgreSQL. */
  @Test
  void runsOnPostgres() throws SQLException {
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }
}
