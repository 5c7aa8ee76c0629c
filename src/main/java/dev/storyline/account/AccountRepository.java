package dev.storyline.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and password-reset tokens in the database. Thread-safe. */
@Repository
public class AccountRepository {
  private static final String COLUMNS =
      "id, email, display_name, password_hash, role, banned, created_at";

  private final JdbcTemplate jdbc;

  public AccountRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The canonical form of an e-mail address: trimmed, lower case. */
  public static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Creates an account; returns its id. Throws DuplicateKeyException when the e-mail is taken. */
  public long create(
      String email, String displayName, String passwordHash, Role role, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into account (email, display_name, password_hash, role, banned, created_at)"
                      + " values (?, ?, ?, ?, false, ?)",
                  new String[] {"id"});
          ps.setString(1, normalise(email));
          ps.setString(2, displayName.strip());
          ps.setString(3, passwordHash);
          ps.setString(4, role.name());
          ps.setTimestamp(5, Timestamp.from(now));
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  public Optional<Account> byEmail(String email) {
    return jdbc
        .query(
            "select " + COLUMNS + " from account where email = ?",
            AccountRepository::row,
            normalise(email))
        .stream()
        .findFirst();
  }

  public Optional<Account> byId(long id) {
    return jdbc
        .query("select " + COLUMNS + " from account where id = ?", AccountRepository::row, id)
        .stream()
        .findFirst();
  }

  /** Number of accounts with the role. */
  public long countWithRole(Role role) {
    Long n =
        jdbc.queryForObject("select count(*) from account where role = ?", Long.class, role.name());
    return n == null ? 0 : n;
  }

  public void setPassword(long id, String passwordHash) {
    jdbc.update("update account set password_hash = ? where id = ?", passwordHash, id);
  }

  public void setRole(long id, Role role) {
    jdbc.update("update account set role = ? where id = ?", role.name(), id);
  }

  public void setBanned(long id, boolean banned) {
    jdbc.update("update account set banned = ? where id = ?", banned, id);
  }

  /** Deletes an account; its comments stay, anonymised (no author), and its other rows go. */
  @Transactional
  public void delete(long id) {
    jdbc.update("update story_comment set author_id = null where author_id = ?", id);
    jdbc.update("delete from password_reset where account_id = ?", id);
    jdbc.update("delete from comment_report where reporter_id = ?", id);
    jdbc.update("delete from follow where account_id = ?", id);
    jdbc.update("delete from story_visit where account_id = ?", id);
    jdbc.update("delete from account where id = ?", id);
  }

  /** Stores the hash of a reset token. */
  public void addResetToken(String tokenHash, long accountId, Instant expiresAt) {
    jdbc.update(
        "insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)",
        tokenHash,
        accountId,
        Timestamp.from(expiresAt));
  }

  /**
   * Marks a reset token used and returns its account, when the token is known, unused and not
   * expired at {@code now}; a token works once.
   */
  @Transactional
  public Optional<Long> consumeResetToken(String tokenHash, Instant now) {
    List<Long> ids =
        jdbc.query(
            "select account_id from password_reset where token_hash = ? and used_at is null and expires_at > ?",
            (rs, i) -> rs.getLong(1),
            tokenHash,
            Timestamp.from(now));
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    int updated =
        jdbc.update(
            "update password_reset set used_at = ? where token_hash = ? and used_at is null",
            Timestamp.from(now),
            tokenHash);
    return updated == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** Whether a reset token is known, unused and not expired (without using it). */
  public boolean resetTokenValid(String tokenHash, Instant now) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from password_reset where token_hash = ? and used_at is null and expires_at > ?",
            Long.class,
            tokenHash,
            Timestamp.from(now));
    return n != null && n > 0;
  }

  /** Accounts, newest first (for the moderators' page). */
  public List<Account> recent(int limit) {
    return jdbc.query(
        "select " + COLUMNS + " from account order by id desc limit ?",
        AccountRepository::row,
        limit);
  }

  private static Account row(ResultSet rs, int i) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("banned"),
        rs.getTimestamp("created_at").toInstant());
  }
}
