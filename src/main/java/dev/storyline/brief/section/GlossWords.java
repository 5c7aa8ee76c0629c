package dev.storyline.brief.section;

import java.util.regex.Pattern;

/**
 * Phrases after a name whose words say nothing of what the name is ({@link GlossRules}): an event
 * ("a move that…", "the second of three debates"), an opinion ("a difficult task", "the answer"), a
 * trivial class ("a country") or a judgement ("a deeply political film-maker").
 */
final class GlossWords {
  private GlossWords() {}

  /** Heads that name an event, a thing or an opinion, not what a person or body is. */
  private static final Pattern NOT_A_ROLE =
      Pattern.compile(
          "(?i)^(?:a|an|the)\\s+(?:(?!(?:of|for|in|to|with|on|at|by|from|that|who|which)\\b)"
              + "[\\p{L}'’-]+\\s+){0,4}?(?:move|step|breakthrough|setback|blow|victory|defeat"
              + "|decision|development|sign|signal|reversal|shift|change|process|act|effort|attempt"
              + "|departure|milestone|objective|idea|answer|concern|challenge|task|problem|issue"
              + "|mistake|question|threat|adversary|priority|response|fight|way|great)\\b(?!['’])"
              + "|(?i)^the\\s+(?:first|second|third|fourth|last|latest|next)\\s+of\\b");

  /** A class too broad to tell the reader anything: "a country", "the city", "the guy". */
  private static final Pattern TRIVIAL =
      Pattern.compile(
          "(?i)^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:country|nation|city|town|state|place|village"
              + "|island|region|person|man|woman|company|organi[sz]ation|group|thing|word|name"
              + "|guy|area|one|example|case)$");

  /**
   * A judgement, not what someone or something is: a gradable word after a degree adverb ("a deeply
   * political film-maker", "a supremely confident politician", "a relatively small state"), "most"
   * or "least" before a word ("the most boring tournament"; not "most of", "at least", "with the
   * most cases" or a rank such as "the most senior judge"), a noun used as a verdict ("a caricature
   * loyalist") or a label that accuses or praises as the phrase's head ("a war criminal", "a hero")
   * or a word of praise or blame before one ("a stellar performer"). Opinion columns say such
   * things of people; an explainer says what the sources report someone is.
   */
  private static final Pattern JUDGEMENT =
      Pattern.compile(
          "(?i)\\b(?:deeply|truly|genuinely|supremely|utterly|incredibly|extremely|really|hugely"
              + "|remarkably|thoroughly|profoundly|veritable|relatively|fairly|quite|caricature)"
              + "\\s+\\p{L}"
              // "most"/"least" of degree, not of quantity or rank
              + "|(?<!\\bat\\s|\\bwith\\sthe\\s)\\b(?:most|least)\\s+"
              + "(?!(?:of|senior|recent|populous|common|widely)\\b)\\p{L}"
              + "|\\b(?:criminal|liar|traitor|thug|crook|fraud|hypocrite|coward|villain|hero"
              + "|genius|idiot|fool)s?$"
              // a word of praise or blame before what someone is ("a stellar performer")
              + "|\\b(?:stellar|brilliant|terrible|awful|wonderful|excellent|outstanding|superb"
              + "|magnificent|dreadful|pathetic|shameful|despicable|disgraceful|lousy|fantastic"
              + "|amazing|incompetent|dishonest)\\s+\\p{L}");

  /** True when the phrase names an event, an opinion, a trivial class or a judgement. */
  static boolean noDescription(String words) {
    return NOT_A_ROLE.matcher(words).find()
        || TRIVIAL.matcher(words).matches()
        || JUDGEMENT.matcher(words).find();
  }
}
