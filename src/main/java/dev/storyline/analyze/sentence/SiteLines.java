package dev.storyline.analyze.sentence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A site's own lines: a sentence one site prints word for word on pages of {@value #DAYS} days or
 * more is the site's, not its stories' — a related-story promo ("Hopes for a negotiated settlement
 * in … remain alive, …, says Ann Lee." under 238 pages of one site over 165 days of Timeline17), a
 * sidebar, a newsletter offer, a comment policy, a graphic's caption. A story's own sentences, even
 * the background paragraph a wire repeats, stay within a few days: of the 3,936 paragraphs of
 * Timeline17 and basil that one site printed on two days or more, 3,456 were on two, 204 on three,
 * 89 on four and 187 on five or more; from five, the site's own lines outnumber the news.
 *
 * <p>The analysis leaves such sentences out of the article as it meets them, in the order articles
 * arrive: a line is known as the site's from the {@value #DAYS}th day it appears on, so the site's
 * first pages with it keep it. Sentences under {@value #MIN_WORDS} words are not counted.
 */
public final class SiteLines {
  /** Days a line appears on, on one site's pages, from which it is the site's. */
  public static final int DAYS = 5;

  /** Words a sentence needs to be counted ("Thank you." is said on every page, and harmless). */
  static final int MIN_WORDS = 4;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SiteLines() {}

  /** What the lines of earlier articles were, by site. */
  public interface Seen {
    /**
     * Records the lines ({@link #key}) of an article of {@code site} published on {@code day} and
     * returns those that have now appeared on {@link #DAYS} days or more of the site, this one
     * counted.
     */
    Set<Long> siteLines(String site, LocalDate day, Collection<Long> keys);
  }

  /** The key of a sentence: its words, case and marks aside, hashed; null when it is too short. */
  public static Long key(String sentence) {
    String words = NON_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (words.isEmpty() || words.split(" ").length < MIN_WORDS) {
      return null;
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The lines of earlier articles kept in memory (evaluations, which read a stream in order). */
  public static final class InMemory implements Seen {
    private final Map<String, Map<Long, Set<LocalDate>>> bySite = new HashMap<>();

    @Override
    public synchronized Set<Long> siteLines(String site, LocalDate day, Collection<Long> keys) {
      Map<Long, Set<LocalDate>> lines = bySite.computeIfAbsent(site, s -> new HashMap<>());
      Set<Long> out = new HashSet<>();
      for (Long k : keys) {
        Set<LocalDate> days = lines.computeIfAbsent(k, x -> new HashSet<>(2));
        if (days.size() < DAYS) {
          days.add(day);
        }
        if (days.size() >= DAYS) {
          out.add(k);
        }
      }
      return out;
    }
  }
}
