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
      "id, email, display_name, password_hash, role, banned, created_at, session_version,"
          + " email_confirmed";

  private final JdbcTemplate jdbc;

  public AccountRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The canonical form of an e-mail address: trimmed, lower case. */
  public static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * What a session is checked against on every request.
   *
   * @param role the account's role now
   * @param banned whether it is banned now
   * @param sessionVersion its session version now
   */
  public record State(Role role, boolean banned, int sessionVersion) {}

  /** The account's state now, or empty when it no longer exists. */
  public Optional<State> state(long id) {
    return jdbc
        .query(
            "select role, banned, session_version from account where id = ?",
            (rs, i) -> new State(Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3)),
            id)
        .stream()
        .findFirst();
  }

  /** Creates an account with a confirmed address; returns its id (see the next method). */
  public long create(
      String email, String displayName, String passwordHash, Role role, Instant now) {
    return create(email, displayName, passwordHash, role, now, true);
  }

  /** Creates an account; returns its id. Throws DuplicateKeyException when the e-mail is taken. */
  public long create(
      String email,
      String displayName,
      String passwordHash,
      Role role,
      Instant now,
      boolean emailConfirmed) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into account (email, display_name, password_hash, role, banned,"
                      + " created_at, email_confirmed) values (?, ?, ?, ?, false, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, normalise(email));
          ps.setString(2, displayName.strip());
          ps.setString(3, passwordHash);
          ps.setString(4, role.name());
          ps.setTimestamp(5, Timestamp.from(now));
          ps.setBoolean(6, emailConfirmed);
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

  /**
   * Sets a new password and bumps the session version, which ends every session made before;
   * returns the new version.
   */
  public int setPassword(long id, String passwordHash) {
    jdbc.update(
        "update account set password_hash = ?, session_version = session_version + 1 where id = ?",
        passwordHash,
        id);
    return state(id).map(State::sessionVersion).orElse(0);
  }

  /** Marks the account's address as confirmed. */
  public void confirmEmail(long id) {
    jdbc.update("update account set email_confirmed = true where id = ?", id);
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
    jdbc.update("delete from email_confirmation where account_id = ?", id);
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

  /**
   * Uses a reset token and sets the password it was for, in one transaction: a token is spent only
   * together with the change. Returns the account id, or empty when the token is unknown, used or
   * expired.
   */
  @Transactional
  public Optional<Long> resetPassword(String tokenHash, String passwordHash, Instant now) {
    Optional<Long> id = consumeResetToken(tokenHash, now);
    id.ifPresent(i -> setPassword(i, passwordHash));
    return id;
  }

  /** Stores the hash of an address-confirmation token. */
  public void addConfirmationToken(String tokenHash, long accountId, Instant expiresAt) {
    jdbc.update(
        "insert into email_confirmation (token_hash, account_id, expires_at) values (?, ?, ?)",
        tokenHash,
        accountId,
        Timestamp.from(expiresAt));
  }

  /** Uses a confirmation token and confirms its account's address; the account id, or empty. */
  @Transactional
  public Optional<Long> confirmWithToken(String tokenHash, Instant now) {
    List<Long> ids =
        jdbc.query(
            "select account_id from email_confirmation where token_hash = ? and used_at is null"
                + " and expires_at > ?",
            (rs, i) -> rs.getLong(1),
            tokenHash,
            Timestamp.from(now));
    if (ids.isEmpty()
        || jdbc.update(
                "update email_confirmation set used_at = ? where token_hash = ? and used_at is null",
                Timestamp.from(now),
                tokenHash)
            != 1) {
      return Optional.empty();
    }
    confirmEmail(ids.get(0));
    return Optional.of(ids.get(0));
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
        rs.getTimestamp("created_at").toInstant(),
        rs.getInt("session_version"),
        rs.getBoolean("email_confirmed"));
  }
}
