package dev.storyline;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Databases for integration tests: a fresh in-memory H2 (PostgreSQL mode, as in production), or a
 * fresh schema in the real PostgreSQL that {@code .ci/run} starts on loopback ({@code
 * STORYLINE_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}). Without those variables the PostgreSQL
 * tests are skipped with a message, unless {@code STORYLINE_REQUIRE_PG} is set (as in CI), when
 * they fail.
 *
 * <p>An H2 database for a test class belongs in its plain {@code @SpringBootTest(properties = ...)}
 * (see {@link #H2_URL}), not in a {@code @DynamicPropertySource}: Spring registers a subclass's
 * dynamic properties before its superclass's, so an inherited H2 registration would silently win
 * over a PostgreSQL subclass's. Dynamic properties do override plain ones, which is what the
 * PostgreSQL variants need.
 */
public final class TestDatabases {
  /** Connection options of the in-memory H2 databases (PostgreSQL mode, as in production). */
  public static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  /** Start of an in-memory H2 URL property; append a database name unique to the test class. */
  public static final String H2_URL = "spring.datasource.url=jdbc:h2:mem:";

  private TestDatabases() {}

  /**
   * A fresh in-memory H2 database with every Flyway migration applied, for tests without Spring.
   */
  public static JdbcTemplate migratedH2() {
    DriverManagerDataSource ds =
        new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + H2_OPTIONS, "sa", "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(ds);
  }

  public static void h2(DynamicPropertyRegistry registry) {
    String name = "t" + UUID.randomUUID().toString().replace("-", "");
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + H2_OPTIONS);
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("spring.datasource.password", () -> "");
  }

  public static void postgres(DynamicPropertyRegistry registry) {
    if (!postgresConfigured()) {
      return; // assumePostgres() in @BeforeAll has skipped or failed the class already
    }
    String url = System.getenv("STORYLINE_TEST_PG_URL");
    String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    registry.add(
        "spring.datasource.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    registry.add("spring.datasource.username", () -> env("STORYLINE_TEST_PG_USER", "storyline"));
    registry.add("spring.datasource.password", () -> env("STORYLINE_TEST_PG_PASSWORD", ""));
    registry.add("spring.flyway.schemas", () -> schema);
    registry.add("spring.flyway.create-schemas", () -> "true");
  }

  /** Call from {@code @BeforeAll}: skips the class without PostgreSQL, or fails it in CI. */
  public static void assumePostgres() {
    if (!postgresConfigured()) {
      if (System.getenv("STORYLINE_REQUIRE_PG") != null) {
        throw new IllegalStateException(
            "STORYLINE_REQUIRE_PG is set but STORYLINE_TEST_PG_URL is not");
      }
      Assumptions.abort(
          "PostgreSQL tests skipped: set STORYLINE_TEST_PG_URL (as .ci/run does) to run them");
    }
  }

  public static boolean postgresConfigured() {
    String url = System.getenv("STORYLINE_TEST_PG_URL");
    return url != null && !url.isBlank();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }
}
