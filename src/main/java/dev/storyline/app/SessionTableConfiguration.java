package dev.storyline.app;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC) when one reader sends several requests at once:
 * two requests of one session that both add an attribute (the first CSRF token of a page and of its
 * feed link, say) both insert the same attribute row, and the second failed with a duplicate key (a
 * 500 for that reader). The attribute insert becomes an upsert: PostgreSQL's {@code ON CONFLICT DO
 * UPDATE} (Spring Session's own statement), and on the embedded H2 {@code ON CONFLICT DO NOTHING}
 * (its PostgreSQL mode has no {@code DO UPDATE}; the first of two racing values stays, as if the
 * requests had arrived one after the other).
 */
@Configuration(proxyBeanMethods = false)
class SessionTableConfiguration {

  static final String H2_CREATE_ATTRIBUTE =
      "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
          + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSessionAttributes(
      DataSource dataSource) {
    String product = product(dataSource);
    if (product.contains("postgresql")) {
      return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
    if (product.contains("h2")) {
      return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
    }
    return repository -> {};
  }

  private static String product(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's product name", e);
    }
  }
}
