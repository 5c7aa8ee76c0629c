package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the story scorer reads of one article, computed once: entity weights over the whole article
 * and over its title + lead, the lead's content words, the title's content words, the numbers of
 * the title + lead, and the exact days its text mentions. Title + lead is about what the embedding
 * reads, so lexical and embedding features describe the same text whether the input is a full
 * article or a teaser.
 *
 * @param entities entity key to weight over the whole article (title mentions count double)
 * @param leadEntities entity key to weight over the title + lead
 * @param kinds entity key to its kind
 * @param leadTerms content word to count over the title + lead
 * @param titleTerms content words of the title
 * @param numbers numbers written in the title + lead, as "#7.1", "#32", "#1500" (the prefix keeps
 *     them apart from words in shared document frequencies)
 * @param days exact days the article mentions (day-precision date expressions)
 * @param titleNumbers the numbers of the title alone, keyed as {@code numbers}
 * @param leadPlaces the places among the lead entities (see {@code places_clash} in {@link
 *     StoryFeatures}), derived from {@code leadEntities} and {@code kinds}
 */
record ArticleEvidence(
    Map<String, Integer> entities,
    Map<String, Integer> leadEntities,
    Map<String, EntityKind> kinds,
    Map<String, Integer> leadTerms,
    Set<String> titleTerms,
    Set<String> numbers,
    Set<LocalDate> days,
    Set<String> titleNumbers,
    Set<String> leadPlaces) {

  /** Evidence with its lead places derived once, here, not per candidate story scored. */
  ArticleEvidence(
      Map<String, Integer> entities,
      Map<String, Integer> leadEntities,
      Map<String, EntityKind> kinds,
      Map<String, Integer> leadTerms,
      Set<String> titleTerms,
      Set<String> numbers,
      Set<LocalDate> days,
      Set<String> titleNumbers) {
    this(
        entities,
        leadEntities,
        kinds,
        leadTerms,
        titleTerms,
        numbers,
        days,
        titleNumbers,
        places(leadEntities, kinds));
  }

  /** Characters of body text, after the title, that count as the lead. */
  static final int LEAD_CHARS = 480;

  static ArticleEvidence of(AnalyzedArticle article) {
    Map<String, Integer> lead = new HashMap<>();
    Map<String, EntityKind> kinds = new HashMap<>();
    for (EntityMention e : article.titleEntities()) {
      lead.merge(e.key(), 2, Integer::sum);
      kinds.putIfAbsent(e.key(), e.kind());
    }
    StringBuilder leadText = new StringBuilder(article.article().title());
    Set<LocalDate> days = new HashSet<>();
    int chars = 0;
    for (AnalyzedSentence s : article.sentences()) {
      boolean inLead = chars < LEAD_CHARS;
      chars += s.text().length();
      for (EntityMention e : s.entities()) {
        kinds.putIfAbsent(e.key(), e.kind());
        if (inLead) {
          lead.merge(e.key(), 1, Integer::sum);
        }
      }
      for (DateMention d : s.dates()) {
        if (d.granularity() == DateGranularity.DAY) {
          days.add(d.date());
        }
      }
      if (inLead) {
        leadText.append(" . ").append(s.text());
      }
    }
    lead.keySet().removeIf(String::isBlank);
    Terms.Split split = Terms.split(leadText.toString());
    Terms.Split title = Terms.split(article.article().title());
    return new ArticleEvidence(
        EntityProfile.of(article),
        lead,
        kinds,
        split.words(),
        title.words().keySet(),
        Terms.numberKeys(split.numbers()),
        days,
        Terms.numberKeys(title.numbers()));
  }

  /**
   * Evidence holding only whole-article entity weights (for hand-built members in tests and tools).
   */
  static ArticleEvidence entitiesOnly(Map<String, Integer> entities) {
    return new ArticleEvidence(
        entities, Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static Set<String> places(
      Map<String, Integer> leadEntities, Map<String, EntityKind> kinds) {
    return leadEntities.keySet().stream()
        .filter(k -> kinds.get(k) == EntityKind.PLACE)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
