package dev.storyline.analyze.sentence;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * <p>A line is the site's on an article's page when the site printed it on {@value #DAYS} - 1
 * earlier days: the earlier days only, so the answer for an article is the same whichever order
 * articles are analysed in and however many processes analyse them. The analysis records each
 * article's lines (the store's {@code site_line} table); the brief step leaves the site's lines out
 * ({@link #without}), and so no section shows one. Sentences under {@value #MIN_WORDS} words are
 * not counted.
 */
public final class SiteLines {
  /** Days a line appears on, on one site's pages, from which it is the site's. */
  public static final int DAYS = 5;

  /** Words a sentence needs to be counted ("Thank you." is said on every page, and harmless). */
  static final int MIN_WORDS = 4;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SiteLines() {}

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

  /** The keys of an article's sentences that have one, in no order. */
  public static Set<Long> keys(AnalyzedArticle a) {
    Set<Long> out = new java.util.HashSet<>();
    for (AnalyzedSentence s : a.sentences()) {
      Long k = key(s.text());
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /** The day an article counts for. */
  public static LocalDate day(AnalyzedArticle a) {
    return LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
  }

  /** The article without the sentences whose key is in {@code site}; indices are kept. */
  public static AnalyzedArticle without(AnalyzedArticle a, Set<Long> site) {
    if (site.isEmpty()) {
      return a;
    }
    List<AnalyzedSentence> kept = new ArrayList<>(a.sentences().size());
    for (AnalyzedSentence s : a.sentences()) {
      Long k = key(s.text());
      if (k == null || !site.contains(k)) {
        kept.add(s);
      }
    }
    return kept.size() == a.sentences().size()
        ? a
        : new AnalyzedArticle(a.article(), kept, a.titleEntities(), a.embedding());
  }

  /**
   * The articles of one collection (an evaluation's streams) without their site's lines, by the
   * rule above over these articles; in the order given.
   */
  public static List<AnalyzedArticle> leaveOut(List<AnalyzedArticle> articles) {
    Map<String, Map<Long, TreeSet<LocalDate>>> days = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Map<Long, TreeSet<LocalDate>> site =
          days.computeIfAbsent(a.article().outlet(), x -> new HashMap<>());
      LocalDate day = day(a);
      keys(a).forEach(k -> site.computeIfAbsent(k, x -> new TreeSet<>()).add(day));
    }
    List<AnalyzedArticle> out = new ArrayList<>(articles.size());
    for (AnalyzedArticle a : articles) {
      Map<Long, TreeSet<LocalDate>> site = days.get(a.article().outlet());
      LocalDate day = day(a);
      Set<Long> lines = new java.util.HashSet<>();
      for (Long k : keys(a)) {
        if (site.get(k).headSet(day, false).size() >= DAYS - 1) {
          lines.add(k);
        }
      }
      out.add(without(a, lines));
    }
    return out;
  }
}
