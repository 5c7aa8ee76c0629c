package dev.storyline.brief.section;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.QuoteMarks;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summary: four to seven central sentences, most important first, so that any first part of it (a
 * reader who stops, a page that shows its first 130 words) is the best summary of that length. A
 * sentence's weight is its {@link dev.storyline.brief.text.LeadRank} (LexRank over the story's
 * sentences with the walk drawn to an article's first sentences, where news writing states the
 * event) times its centrality in meaning ({@link #score}). Outlets take turns: a sentence's weight
 * is multiplied by {@value #SAME_OUTLET} for each sentence its outlet already has in the summary,
 * so the opening sentences come from different outlets when the story has several, not all from the
 * first report. When the story has three outlets or more, a sentence that would give its outlet
 * more than half of the summary is never taken after the first (the summary stops short instead;
 * the second is always another outlet's), so that any first part of it covers the outlets: at 88
 * words on allsides-2021, 2 of 469 such summaries had two sentences of one outlet, now none (and
 * none at 130 words, the seed page's summary). A sentence that says what a picked one says (see
 * {@link #REPEAT_ABOVE_REDUNDANT}; after the opening {@link StoryText#overlapping} or {@link
 * #RESTATES_LEXICALLY}) or repeats one it is told to avoid is never taken. A sentence that points
 * back is taken only right after the sentence before it in its article ({@link SummaryFollowers}).
 *
 * <p>Measured on allsides-2021 cut at each reference's length (eval brief): ROUGE-1 0.413 with the
 * earlier writer (chronological order, MMR, Key Points avoided) and 0.440 with this one choosing
 * before every other section; lead-N 0.439 and LexRank 0.441 in the same run (see README, Briefs).
 * On the page its opening ({@link SummaryOpening}) chooses before Sides and Forecast and the rest
 * after them, with the outlet rule above: see README, Briefs. With LeadRank in place of a weight of
 * 3 on an article's first sentence, and the stricter repeat checks after the opening: 0.399 → 0.402
 * on allsides-2021 and 0.415 → 0.417 on the NeuS probe at the references' length (README).
 */
public final class SummaryWriter {
  /**
   * Fewest sentences a summary has (else it is left empty), unless its opening was chosen: the
   * opening's sentences are shown nowhere else, so a summary that could add none to them still
   * shows them.
   */
  public static final int MIN = 2;

  /** Factor on a sentence's weight for each sentence its outlet already has in the summary. */
  static final double SAME_OUTLET = 0.3;

  /**
   * How far above the story's "redundant" similarity two summary sentences may still be: 0.85 with
   * sentence embeddings. Two outlets' leads on one event are often 0.7 to 0.85 alike and each adds
   * its own facts, which the stricter Key Points threshold would exclude.
   */
  static final double REPEAT_ABOVE_REDUNDANT = 0.05;

  private SummaryWriter() {}

  /** Sentences of the summary's opening, which may state its first fact in a second wording. */
  static final int OPENING = 2;

  /** The summary's sentences in reading order (most important first). */
  public static List<StorySentence> pick(StoryText text, List<StorySentence> whyItMatters) {
    return pick(text, whyItMatters, Set.of());
  }

  /** The same, never taking a sentence of {@code shown} (another section's, or a copy of one). */
  public static List<StorySentence> pick(
      StoryText text, List<StorySentence> whyItMatters, Set<SourceRef> shown) {
    return pick(text, whyItMatters, shown, List.of());
  }

  /**
   * The same, continuing an {@code opening} chosen before the other sections (see {@link
   * SummaryOpening}): the opening comes first and the rest is chosen after it.
   */
  public static List<StorySentence> pick(
      StoryText text,
      List<StorySentence> whyItMatters,
      Set<SourceRef> shown,
      List<StorySentence> opening) {
    int k = Math.max(size(text.articles().size()), opening.size());
    java.util.function.ToDoubleBiFunction<StorySentence, List<StorySentence>> score =
        (s, p) -> score(text, s);
    List<StorySentence> picked =
        select(text, k, whyItMatters, shown, readable(text), opening, score, 0, true);
    // too little reads alone on topic: what is on topic, then anything, but never a piece of a
    // quotation the splitter cut ("Date & Place set," Mr. Trump added.)
    java.util.function.Predicate<StorySentence> paired = s -> QuoteMarks.balanced(s.text());
    if (picked.size() < MIN) {
      picked =
          select(text, k, whyItMatters, shown, paired.and(text::onTopic), opening, score, 0, false);
    }
    if (picked.size() < MIN) {
      picked = select(text, k, whyItMatters, shown, paired, opening, score, 0, false);
    }
    return picked.size() < MIN && opening.isEmpty() ? List.of() : picked;
  }

  /** Sentences about the story's core that read alone: what the summary takes first. */
  static java.util.function.Predicate<StorySentence> readable(StoryText text) {
    return s -> text.onTopic(s) && s.readsAlone();
  }

  /** Four sentences for one article, one more per doubling of the articles, at most seven. */
  public static int size(int articles) {
    int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, articles));
    return Math.min(7, 4 + log2);
  }

  /**
   * Greedy choice over the best {@link MarginalRelevance#SCAN} candidates that pass {@code fit}
   * ({@link #readable}: only sentences about the story's core that read alone, without a pronoun or
   * quote that needs the sentence before): each step takes the sentence with the highest weight
   * after the outlet turn factor that repeats nothing taken or avoided. The choice continues {@code
   * seed} (sentences already taken) until {@code k} sentences, or until {@code words} words when
   * that is positive; {@code score} weighs a candidate given the sentences taken so far. With
   * {@code follow}, a sentence that fails {@code fit} only for pointing back (see {@link
   * StorySentence#readsAfter}) may be taken right after the sentence before it in its article once
   * that one is taken after the {@code seed} (or is the seed's last), and is shown there: "Port
   * Lumen's dockers accepted the deal." then "It raises pay by 6 percent."
   */
  static List<StorySentence> select(
      StoryText text,
      int k,
      List<StorySentence> avoid,
      Set<SourceRef> shown,
      java.util.function.Predicate<StorySentence> fit,
      List<StorySentence> seed,
      java.util.function.ToDoubleBiFunction<StorySentence, List<StorySentence>> score,
      int words,
      boolean follow) {
    List<StorySentence> candidates = new ArrayList<>();
    Map<StorySentence, Double> first = new IdentityHashMap<>();
    for (StorySentence s : text.publishable()) {
      double value = score.applyAsDouble(s, List.of());
      if (value > 0 && !shown.contains(s.ref()) && fit.test(s)) {
        candidates.add(s);
        first.put(s, value);
      }
    }
    candidates.sort(Comparator.comparingDouble(s -> -first.get(s)));
    if (candidates.size() > MarginalRelevance.SCAN) {
      candidates = candidates.subList(0, MarginalRelevance.SCAN);
    }
    Set<StorySentence> followers = Set.of();
    if (follow) {
      List<StorySentence> before = new ArrayList<>(candidates);
      before.addAll(seed);
      followers = SummaryFollowers.of(text, shown, fit, score, before);
    }
    if (!followers.isEmpty()) {
      candidates = new ArrayList<>(candidates);
      candidates.addAll(followers);
    }
    double repeat = text.redundant() + REPEAT_ABOVE_REDUNDANT;
    long outletCount = text.articles().stream().map(a -> a.article().outlet()).distinct().count();
    boolean outlets = outletCount > 1;
    List<StorySentence> picked = new ArrayList<>(seed);
    Set<StorySentence> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    taken.addAll(seed);
    Map<String, Integer> perOutlet = new HashMap<>();
    seed.forEach(s -> perOutlet.merge(outlet(s), 1, Integer::sum));
    int have = seed.stream().mapToInt(StorySentence::words).sum();
    Set<String> runs = new java.util.HashSet<>();
    seed.forEach(s -> runs.addAll(runs(s)));
    Map<StorySentence, List<String>> ownRuns = new IdentityHashMap<>();
    while (picked.size() < k && (words <= 0 || have < words)) {
      StorySentence best = null;
      double bestValue = 0;
      int bestAt = picked.size();
      for (StorySentence c : candidates) {
        int after =
            followers.contains(c) ? SummaryFollowers.at(picked, c, seed.size()) : picked.size();
        if (after < 0
            || (after < picked.size()
                && outletCount >= 3
                && !SummaryFollowers.covered(picked, after, c))
            || taken.contains(c)
            // the opening may give the news as a second outlet words it (as lead-N does); later
            // sentences never restate a fact already given, in meaning or in the story's rarer
            // words
            || MarginalRelevance.maxSimilarity(text, c, picked, avoid, picked.size() >= OPENING)
                >= (picked.size() >= OPENING ? text.overlapping() : repeat)
            || (picked.size() >= OPENING && restatesLexically(text, c, picked))
            || ownRuns.computeIfAbsent(c, SummaryWriter::runs).stream().anyMatch(runs::contains)
            || (outletCount >= 3
                && !picked.isEmpty()
                && overHalf(perOutlet.getOrDefault(outlet(c), 0), picked.size()))) {
          continue;
        }
        double turn = outlets ? Math.pow(SAME_OUTLET, perOutlet.getOrDefault(outlet(c), 0)) : 1;
        double value = turn * score.applyAsDouble(c, picked);
        if (followers.contains(c)) {
          value /= c.standalone(); // it does not point back where it stands
        }
        if (value > bestValue) {
          bestValue = value;
          best = c;
          bestAt = after;
        }
      }
      if (best == null) {
        break;
      }
      picked.add(bestAt, best);
      taken.add(best);
      runs.addAll(ownRuns.computeIfAbsent(best, SummaryWriter::runs));
      have += best.words();
      perOutlet.merge(outlet(best), 1, Integer::sum);
    }
    return picked;
  }

  /**
   * TF-IDF cosine (IDF over the story's sentences, {@link dev.storyline.brief.text.LeadRank}) from
   * which a sentence after the opening tells a picked one's fact again: "Trial patients most often
   * complained of thirst and tiredness." after "The most common side effects were thirst and
   * tiredness, the agency said." (their embeddings 0.69 alike, under the overlap threshold, but the
   * story's rare words the same). LexRank needs such a check, as a fact several outlets repeat
   * ranks high in each wording; 0.3 is the best repeat threshold of {@code SummaryRankProbe}.
   */
  public static final double RESTATES_LEXICALLY = 0.3;

  private static boolean restatesLexically(
      StoryText text, StorySentence c, List<StorySentence> picked) {
    return picked.stream().anyMatch(p -> text.leadRank().similarity(c, p) >= RESTATES_LEXICALLY);
  }

  /**
   * True when one more sentence of an outlet that has {@code own} of the {@code picked} sentences
   * would give it more than half of the summary.
   */
  static boolean overHalf(int own, int picked) {
    return (own + 1) * 2 > picked + 1;
  }

  /** Words in a row that two outlets only share when they report the same thing alike. */
  static final int RUN = 8;

  /**
   * The sentence's runs of {@value #RUN} words in a row. A candidate that repeats a run of a picked
   * sentence ("members of the dockers' union, which represents about 4,200 workers at the port, …"
   * in two outlets' reports of one vote) says the same thing, however its embedding scores.
   */
  private static List<String> runs(StorySentence s) {
    List<String> w = Vectorizer.words(s.text());
    List<String> out = new ArrayList<>();
    for (int i = 0; i + RUN <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + RUN)));
    }
    return out;
  }

  static String outlet(StorySentence s) {
    return s.article().article().outlet();
  }

  /**
   * A sentence's weight: its {@link dev.storyline.brief.text.LeadRank} (central to the story in its
   * words, an article's early sentences favoured) times its closeness in meaning to the story
   * ({@code 0.2 +} its centrality, which keeps out a sentence that shares the story's names but not
   * its subject), less for a long sentence, none for a question.
   */
  static double score(StoryText text, StorySentence s) {
    if (s.text().endsWith("?")) {
      return 0;
    }
    double length = s.words() <= 35 ? 1 : 0.7;
    return text.leadRank().of(s) * (0.2 + s.centrality()) * length * s.standalone();
  }
}
