package dev.storyline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Attempts counted in the database ({@code rate_event}), per bucket and subject, within a sliding
 * window: every process on the database sees the same counts, and a restart forgets nothing.
 * Thread-safe.
 */
@Repository
public class RateLimits {
  /** Events older than this are deleted now and then; longer than any window used. */
  static final Duration KEEP = Duration.ofDays(2);

  /**
   * At most {@code max} attempts per {@code window}.
   *
   * @param bucket what is counted (a short name)
   * @param max attempts allowed within the window
   * @param window the sliding window
   */
  public record Limit(String bucket, int max, Duration window) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public RateLimits(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts an attempt if the limit allows it. Returns zero when allowed; otherwise how long until
   * the oldest counted attempt leaves the window (the attempt is then not counted, so a flood of
   * refused attempts does not prolong the wait). Inserting before counting means two processes
   * racing for the last place may both be refused, never both allowed.
   */
  public Duration tryAcquire(Limit limit, String subject) {
    Instant now = clock.instant();
    long id = insert(limit.bucket(), subject, now);
    Instant since = now.minus(limit.window());
    List<Instant> times = times(limit.bucket(), subject, since);
    if (times.size() <= limit.max()) {
      return Duration.ZERO;
    }
    jdbc.update("delete from rate_event where id = ?", id);
    Duration wait = Duration.between(now, times.get(0).plus(limit.window()));
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  /** Counts an event without a limit (a failed sign-in, say). */
  public void record(String bucket, String subject) {
    insert(bucket, subject, clock.instant());
  }

  /** Events of the subject within {@code window} up to now. */
  public int count(String bucket, String subject, Duration window) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from rate_event where bucket = ? and subject = ? and at > ?",
            Integer.class,
            bucket,
            subject,
            Timestamp.from(clock.instant().minus(window)));
    return n == null ? 0 : n;
  }

  /**
   * How long until fewer than {@code max} of the subject's events are within {@code window}; zero
   * when that is already so.
   */
  public Duration waitBelow(String bucket, String subject, int max, Duration window) {
    Instant now = clock.instant();
    List<Instant> times = times(bucket, subject, now.minus(window));
    if (times.size() < max) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, times.get(times.size() - max).plus(window));
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  /** The subject's latest event, if any. */
  public Optional<Instant> latest(String bucket, String subject) {
    Timestamp t =
        jdbc.queryForObject(
            "select max(at) from rate_event where bucket = ? and subject = ?",
            Timestamp.class,
            bucket,
            subject);
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }

  /** Forgets the subject's events in the bucket. */
  public void clear(String bucket, String subject) {
    jdbc.update("delete from rate_event where bucket = ? and subject = ?", bucket, subject);
  }

  /**
   * A subject naming an account by its e-mail address without storing the address: the first 128
   * bits of the SHA-256 of its normalised form.
   */
  public static String accountKey(String email) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  AccountRepository.normalise(email)
                      .toLowerCase(Locale.ROOT)
                      .getBytes(StandardCharsets.UTF_8));
      return "a:" + HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Instant> times(String bucket, String subject, Instant since) {
    return jdbc.query(
        "select at from rate_event where bucket = ? and subject = ? and at > ? order by at",
        (rs, i) -> rs.getTimestamp(1).toInstant(),
        bucket,
        subject,
        Timestamp.from(since));
  }

  private long insert(String bucket, String subject, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into rate_event (bucket, subject, at) values (?, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, bucket);
          ps.setString(2, subject.length() > 400 ? subject.substring(0, 400) : subject);
          ps.setTimestamp(3, Timestamp.from(at));
          return ps;
        },
        keys);
    long id = keys.getKey().longValue();
    if (id % 128 == 0) {
      jdbc.update("delete from rate_event where at < ?", Timestamp.from(at.minus(KEEP)));
    }
    return id;
  }
}
