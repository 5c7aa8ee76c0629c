package dev.storyline.brief.section;

import dev.storyline.brief.text.QuoteMarks;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.SourceRef;
import dev.storyline.words.English;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/**
 * The summary's opening: its first sentences, about {@value #WORDS} words (two or three sentences,
 * what a reader takes in first), chosen before Sides and Forecast so that the story's best leads
 * open the summary even when they carry a speaker. The rest of the summary is chosen after those
 * sections ({@link SummaryWriter#pick(StoryText, List, Set, List)}).
 *
 * <p>A sentence's weight is the summary's ({@link SummaryWriter#score}: its LeadRank and
 * centrality, outlets in turn) times {@code 1 + }{@value #COVERAGE}{@code × c}, where {@code c} is
 * how common its words are in the story's sentences (their mean frequency, relative to the story's
 * best sentence; a word an opening sentence already has counts {@value #COVERED} times: SumBasic,
 * Nenkova and Vanderwende 2005), so that the opening carries the words most reports use and does
 * not repeat them. The opening never takes an actor's only stance or a story's only forecast
 * ({@link #spared}): Sides show another sentence of an actor whose stance it took, except in a
 * story with no more sentences than reports (a lead each, as feeds often give): there the leads are
 * the story, and the summary that tells it matters more than Sides. When every sentence that reads
 * alone is spared or repeats Why It Matters, the opening takes the best of those that read alone
 * (other outlets' wording of Why It Matters, as the seed page's sections restate its summary, else
 * a spared one) rather than a fragment or nothing: a summary of "“We are working with our technical
 * staff…" or "Too little text for a summary yet." beside three outlets' leads. Not taken for a
 * story of one article (its page keeps the usual order).
 *
 * <p>Measured (tools/dev BriefProbe, allsides-2021 and the NeuS probe, cut at each reference's
 * length): ROUGE-1 0.395 → 0.404 and 0.395 → 0.406 against the summary chosen wholly after Sides
 * and Forecast; lead-N 0.439 / 0.410 and LexRank 0.441 / 0.421 in the same runs; allsides stances
 * 415 → 410, pages without Key Points 108 → 100.
 */
public final class SummaryOpening {
  /** Words the opening takes at least (its last sentence may run past them). */
  public static final int WORDS = 55;

  /** Sentences the opening takes at most (a story of short sentences has more in 55 words). */
  public static final int MAX_SENTENCES = 3;

  /** Weight of the word-frequency factor against the summary's own weight. */
  static final double COVERAGE = 3;

  /** How much a word counts again once an opening sentence has it. */
  static final double COVERED = 0.3;

  /** A story with at most this many forward-looking sentences has them spared by the opening. */
  static final int FEW_FORECASTS = 1;

  private SummaryOpening() {}

  /**
   * The opening: sentences of none of {@code shown} or {@code spared}, repeating none of {@code
   * avoid}, most important first, until {@value #WORDS} words or {@value #MAX_SENTENCES} sentences
   * (at most one per article of the story); none for a story of one article. When no such sentence
   * reads alone, up to two that do and repeat {@code avoid}, else one that does from {@code spared}
   * (never one of {@code shown}), before sentences that do not read alone.
   */
  public static List<StorySentence> pick(
      StoryText text, List<StorySentence> avoid, Set<SourceRef> shown, Set<SourceRef> spared) {
    if (text.articles().size() < 2) {
      return List.of(); // one report: its page keeps the sections' usual order
    }
    int cap = Math.min(MAX_SENTENCES, text.articles().size());
    ToDoubleBiFunction<StorySentence, List<StorySentence>> score = scorer(text);
    Set<SourceRef> skip = new HashSet<>(shown);
    skip.addAll(spared);
    Predicate<StorySentence> readable = SummaryWriter.readable(text);
    List<StorySentence> picked =
        SummaryWriter.select(text, cap, avoid, skip, readable, List.of(), score, WORDS, false);
    if (picked.isEmpty()) { // other outlets' wording of what Why It Matters shows
      int two = Math.min(2, cap);
      picked =
          SummaryWriter.select(
              text, two, List.of(), skip, readable, List.of(), score, WORDS, false);
    }
    if (picked.isEmpty()) { // a spared sentence that reads alone (Sides lose a stance)
      picked =
          SummaryWriter.select(text, 1, avoid, shown, readable, List.of(), score, WORDS, false);
    }
    if (picked.isEmpty()) { // nothing reads alone on topic: any but a cut quotation's piece
      Predicate<StorySentence> paired = s -> QuoteMarks.balanced(s.text());
      picked = SummaryWriter.select(text, cap, avoid, skip, paired, List.of(), score, WORDS, false);
    }
    return picked;
  }

  /**
   * The sentences the opening leaves to Sides and Forecast: an actor's only stance on the story's
   * topic (see {@link SidesWriter}) and the story's forward-looking statement when it has only
   * {@value #FEW_FORECASTS} (see {@link ForecastWriter}), each in every outlet's wording of it.
   */
  public static Set<SourceRef> spared(StoryText text, SideStances stances) {
    Set<SourceRef> out = new HashSet<>();
    if (text.publishable().size() <= text.articles().size()) {
      return out; // a sentence per report: the reports' leads are the summary, nothing is spared
    }
    for (List<SidesWriter.Found> fs : stances.byActor.values()) {
      List<SidesWriter.Found> on = fs.stream().filter(f -> text.onTopic(f.sent())).toList();
      if (!on.isEmpty() && on.stream().allMatch(f -> sameStatement(f.sent(), on.get(0).sent()))) {
        on.forEach(f -> out.add(f.sent().ref())); // outlets' wordings of the actor's one stance
      }
    }
    List<StorySentence> forward = ForecastWriter.candidates(text);
    List<StorySentence> statements = new java.util.ArrayList<>(); // outlets' wordings count once
    for (StorySentence f : forward) {
      if (statements.stream().noneMatch(x -> sameStatement(f, x))) {
        statements.add(f);
      }
    }
    if (statements.size() <= FEW_FORECASTS) {
      forward.forEach(s -> out.add(s.ref()));
    }
    return out;
  }

  /** True when two sentences tell one stance or statement ({@link Retold}). */
  private static boolean sameStatement(StorySentence a, StorySentence b) {
    return a == b || Retold.any(a, List.of(b)) || Retold.any(b, List.of(a));
  }

  /** A sentence's weight given the opening's sentences so far. */
  static ToDoubleBiFunction<StorySentence, List<StorySentence>> scorer(StoryText text) {
    Map<StorySentence, List<String>> terms = new IdentityHashMap<>();
    Map<String, Double> frequency = new HashMap<>();
    for (StorySentence s : text.sentences()) {
      List<String> t = Vectorizer.terms(s.text()).stream().map(English::stem).toList();
      terms.put(s, t);
      t.forEach(w -> frequency.merge(w, 1.0, Double::sum));
    }
    double best = 1e-12;
    for (StorySentence s : text.sentences()) {
      best = Math.max(best, common(terms.get(s), frequency, Set.of()));
    }
    double top = best;
    return (s, picked) -> {
      Set<String> have = new HashSet<>(); // the opening's words so far (three sentences at most)
      picked.forEach(p -> have.addAll(terms.getOrDefault(p, List.of())));
      double c = common(terms.get(s), frequency, have) / top;
      return SummaryWriter.score(text, s) * (1 + COVERAGE * c);
    };
  }

  /** The mean story frequency of a sentence's words, a word already had counting less. */
  static double common(List<String> words, Map<String, Double> frequency, Set<String> have) {
    if (words == null || words.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String w : words) {
      sum += frequency.getOrDefault(w, 0.0) * (have.contains(w) ? COVERED : 1);
    }
    return sum / words.size();
  }
}
