package dev.storyline.brief.forecast;

import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A later sentence that speaks to a forecast: close to the claim by sentence embedding or by shared
 * content words (at least two always; three when words alone decide). To confirm, it must also
 * contain the verb the claim predicts ("reopened" for "will reopen") (Porter stems, see {@link
 * Stems}; forecast and contradiction cue words left out), and not itself forward-looking. It
 * contradicts the claim when it carries a contradiction cue (negation, "failed to", "was delayed",
 * "rejected") that the claim does not.
 *
 * <p>Both sides are prepared once ({@link Claim}, {@link Evidence}): a claim is stemmed once when
 * its forecast is indexed, a later sentence once when its article arrives, whatever the number of
 * pairs.
 *
 * @param storyId the later story
 * @param source the later article
 * @param sentence the later sentence
 * @param similarity the larger of the embedding and the lexical similarity, 0 to 1
 * @param contradicts true when the sentence reports that the forecast did not come true
 */
record ClaimMatch(
    String storyId,
    Brief.SourceArticle source,
    AnalyzedSentence sentence,
    double similarity,
    boolean contradicts) {

  /** This match with its sentence in story {@code storyId}. */
  ClaimMatch in(String storyId) {
    return new ClaimMatch(storyId, source, sentence, similarity, contradicts);
  }

  /** Lexical similarity that is enough on its own, with at least {@link #SHARED} shared words. */
  static final double LEXICAL = 0.4;

  static final int SHARED = 3;

  /** Embedding similarity that is enough on its own. */
  static final double EMBEDDING = 0.8;

  /** Embedding and lexical similarity that are enough together. */
  static final double EMBEDDING_WITH_WORDS = 0.6;

  static final double WORDS_WITH_EMBEDDING = 0.3;

  static final Pattern CONTRADICTION =
      Pattern.compile(
          "\\b(?:not|never|no longer|didn't|don't|doesn't|won't|wasn't|weren't|isn't|aren't|hasn't"
              + "|haven't|failed to|fails to|fell short|missed|(?:was|were|has been|have been|been)"
              + " (?:delayed|postponed|pushed back|put off|shelved|scrapped|cancell?ed|called off"
              + "|blocked|rejected|halted|suspended|abandoned)|delayed|postponed|rejected|scrapped"
              + "|cancell?ed|called off|abandoned|shelved|blocked|stalled|collapsed|ruled out)\\b");

  /** Attributed speech: a later claim is not a report that something happened. */
  static final Pattern SPEECH =
      Pattern.compile(
          "[\"“”]|\\b(?:said|says|say|told|tells|argued|argues|insisted|insists|claimed|claims"
              + "|according to|warned|warns|added|noted|stated|maintained|believes?|thinks?)\\b");

  /**
   * A forecast sentence prepared for matching.
   *
   * @param sentence the forecast sentence
   * @param since the day it was published: evidence must not be dated before it
   * @param stems its stemmed content words
   * @param names stems of the words of its named entities
   * @param verb the stem of the verb it predicts, or {@code null}
   * @param contradicts whether it carries a contradiction cue itself
   */
  record Claim(
      AnalyzedSentence sentence,
      LocalDate since,
      Set<String> stems,
      Set<String> names,
      String verb,
      boolean contradicts) {
    static Claim of(AnalyzedSentence sentence, LocalDate since) {
      String text = sentence.text();
      return new Claim(
          sentence,
          since,
          ClaimWords.stems(text),
          ClaimWords.names(sentence),
          ClaimWords.predicate(text),
          CueLexicon.has(CONTRADICTION, text));
    }
  }

  /**
   * A later sentence prepared for matching, or rather the part of it that does not depend on the
   * claim.
   *
   * @param sentence the sentence
   * @param stems its stemmed content words
   * @param names stems of the words of its named entities
   * @param contradicts whether it carries a contradiction cue
   */
  record Evidence(
      AnalyzedSentence sentence, Set<String> stems, Set<String> names, boolean contradicts) {
    /**
     * The sentence prepared, or {@code null} when it cannot be evidence of any forecast: it is
     * forward-looking, attributed speech, not a past-tense report, page furniture or someone's
     * first-person chatter (a reader's comment: {@link Boilerplate#chatter}).
     */
    static Evidence of(AnalyzedSentence sentence) {
      String text = sentence.text();
      if (forwardLooking(text)
          || CueLexicon.has(SPEECH, text)
          || !CueLexicon.pastTense(text)
          || Boilerplate.isFurniture(text)
          || Boilerplate.chatter(text)) {
        return null;
      }
      return new Evidence(
          sentence,
          ClaimWords.stems(text),
          ClaimWords.names(sentence),
          CueLexicon.has(CONTRADICTION, text));
    }
  }

  /**
   * The match of a later sentence to a claim sentence, or {@code null} when it does not speak to
   * it. Evidence is a plain past-tense report: not forward-looking, not attributed speech (both
   * checked by {@link Evidence#of}), not a dated background fact (a date it names starts before the
   * claim's day), and it shares with the claim at least one word outside the named entities.
   */
  static ClaimMatch of(Claim claim, Evidence later, String storyId, Brief.SourceArticle source) {
    if (later == null || background(later.sentence(), claim.since())) {
      return null;
    }
    Set<String> shared = new HashSet<>(claim.stems());
    shared.retainAll(later.stems());
    if (shared.size() < 2 || !sharesEventWord(shared, claim.names(), later.names())) {
      return null;
    }
    double lexical =
        shared.size() / Math.sqrt((double) claim.stems().size() * later.stems().size());
    double embedding = cosine(claim.sentence().embedding(), later.sentence().embedding());
    boolean close =
        (lexical >= LEXICAL && shared.size() >= SHARED)
            || embedding >= EMBEDDING
            || (embedding >= EMBEDDING_WITH_WORDS && lexical >= WORDS_WITH_EMBEDDING);
    if (!close) {
      return null;
    }
    boolean contradicts = later.contradicts() && !claim.contradicts();
    if (!contradicts && claim.verb() != null && !later.stems().contains(claim.verb())) {
      return null;
    }
    return new ClaimMatch(
        storyId, source, later.sentence(), Math.max(lexical, embedding), contradicts);
  }

  /**
   * The sentence names a date that starts before the claim ("In March 2025" for a claim of 10
   * March): a recap of earlier events, not news of the forecast coming true.
   */
  private static boolean background(AnalyzedSentence s, LocalDate since) {
    return s.dates().stream().anyMatch(d -> d.date().isBefore(since));
  }

  /** True when a shared word is not part of a named entity of either sentence. */
  private static boolean sharesEventWord(Set<String> shared, Set<String> x, Set<String> y) {
    return shared.stream().anyMatch(w -> !x.contains(w) && !y.contains(w));
  }

  private static boolean forwardLooking(String text) {
    return CueLexicon.score(CueLexicon.FORWARD, text) >= 1.0
        && !CueLexicon.has(CueLexicon.PAST_EXPECTATION, text);
  }

  /**
   * The cosine of the angle between two embeddings (their dot product over their lengths; the
   * embedder's vectors have unit length, where this equals the dot product); 0 when either is
   * missing, empty, of another dimension or all zeros.
   */
  static double cosine(float[] x, float[] y) {
    double c = dev.storyline.brief.text.TextVector.cosine(x, y);
    return Double.isNaN(c) ? 0 : c;
  }
}
