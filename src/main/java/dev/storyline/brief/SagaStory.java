package dev.storyline.brief;

import dev.storyline.brief.section.HeadlineWriter;
import dev.storyline.domain.Line;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Part of {@link Saga}: a story, its article digests by publication, and what it adds to the title.
 */
final class SagaStory {
  final String id;
  final List<SagaDigest> articles;
  final StorylineTitle.Tally tally;
  private Line headline;

  SagaStory(String id, List<SagaDigest> articles, StorylineTitle.Tally tally) {
    this.id = id;
    this.articles = List.copyOf(articles);
    this.tally = tally;
  }

  Instant first() {
    return articles.get(0).published();
  }

  Instant last() {
    return articles.get(articles.size() - 1).published();
  }

  LocalDate firstDay() {
    return LocalDate.ofInstant(first(), ZoneOffset.UTC);
  }

  int sizeBy(Instant cutoff) {
    return last().isAfter(cutoff) ? countBy(articles, cutoff) : articles.size();
  }

  /** The headline the story had by {@code cutoff}. */
  Line headline(Instant cutoff) {
    if (last().isAfter(cutoff)) {
      return HeadlineWriter.write(
          articles.subList(0, countBy(articles, cutoff)).stream().map(SagaDigest::headed).toList());
    }
    if (headline == null) {
      headline = HeadlineWriter.write(articles.stream().map(SagaDigest::headed).toList());
    }
    return headline;
  }

  /**
   * The sum of the embeddings (title and lead) of this story's articles published by {@code
   * cutoff}: its direction, or null when they have none.
   */
  float[] core(Instant cutoff) {
    float[] sum = null;
    for (SagaDigest d : articles.subList(0, sizeBy(cutoff))) {
      float[] e = d.headed().embedding();
      if (e == null || e.length == 0 || (sum != null && e.length != sum.length)) {
        continue;
      }
      sum = sum == null ? new float[e.length] : sum;
      for (int i = 0; i < e.length; i++) {
        sum[i] += e[i];
      }
    }
    return sum;
  }

  /**
   * The story's core words by {@code cutoff}: the content words (of three letters or more, not
   * figures) that at least three in ten of its articles' titles and leads use, the 25 most used.
   */
  java.util.Set<String> coreWords(Instant cutoff) {
    List<List<String>> leads = new java.util.ArrayList<>();
    for (SagaDigest d : articles.subList(0, sizeBy(cutoff))) {
      StringBuilder lead = new StringBuilder(d.headed().article().title());
      d.headed().sentences().forEach(s -> lead.append(' ').append(s.text()));
      leads.add(
          dev.storyline.brief.text.Vectorizer.terms(lead.toString()).stream()
              .filter(w -> w.length() >= 3 && !w.chars().allMatch(Character::isDigit))
              .toList());
    }
    return dev.storyline.brief.text.Vectorizer.coreWords(leads);
  }

  /** A hash of this story's id and of its articles published by {@code cutoff}. */
  long fingerprintBy(Instant cutoff) {
    int n = sizeBy(cutoff);
    long h = id.hashCode();
    for (int i = 0; i < n; i++) {
      h += articles.get(i).fingerprint();
    }
    return h * 31 + n;
  }

  static int countBy(List<SagaDigest> sorted, Instant cutoff) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).published().isAfter(cutoff)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
