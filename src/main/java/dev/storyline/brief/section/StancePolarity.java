package dev.storyline.brief.section;

import dev.storyline.brief.text.CueLexicon;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The polarity of a stance for {@link SidesWriter}: support cues minus oppose cues over the
 * sentence with its names blanked out, with simple negation and the main clause counting double.
 */
final class StancePolarity {

  private static final Pattern NEGATION =
      Pattern.compile("\\b(?:not|no|never|n't|without|rather than|instead of)\\s*$");
  private static final Pattern CLAUSE_BOUNDARY =
      Pattern.compile("\\b(?:because|since|although|though|but|while|even as|whereas)\\b");

  /**
   * Oppose cues that name a hazard or a worry rather than blame ("warned the virus could spread",
   * "concern about aid delays", "a threat to the coast"): criticism only when the stance has a
   * target ({@link StanceTarget}).
   */
  private static final Pattern CONCERN =
      Pattern.compile(
          "warn\\w*|risk\\w*|dangerous|threat\\w*|harm\\w*|concern\\w*|lose|loses|losing|loss\\w*"
              + "|worse|hurt\\w*|troubl\\w*|disturb\\w*|alarm\\w*|shock\\w*|chaos|dark|weak"
              + "|damag\\w*|fail\\w*|halt|block\\w*|regrett\\w*|critical|worst");

  /**
   * Support cues that reassure about a situation rather than back someone ("the water is safe",
   * "confident stocks will last", "aid is helping", "medical support is needed"): a defence only
   * when the stance has a target.
   */
  private static final Pattern REASSURANCE =
      Pattern.compile(
          "support|necessary|benefit\\w*|protect\\w*|essential|vital|improve\\w*|help\\w*|safe|safer"
              + "|good news|strengthen\\w*|progress|boost\\w*|succe(?:ss|ssful|eded)|proud"
              + "|confident|stronger|better|relief|opportunit\\w*|finally|good|great|delivered"
              + "|pleased|happy|optimis\\w*|excited|commit\\w*|worked hard|tremendous|best"
              + "|celebrat\\w*|grateful|thank\\w*");

  /**
   * "to blame" names a cause ("the flu could be to blame for 48 more deaths"): blame of someone
   * only with a target, as a worry.
   */
  private static final Pattern CAUSE = Pattern.compile("\\bto\\s$");

  /**
   * "the attack", "the suicide attacks in Iraq": the noun names the event of a story of violence
   * ("claimed responsibility for the attack on Sunday"), no criticism; "an attack on the press" and
   * the verb ("attacked the ruling") still criticise.
   */
  private static final Pattern ON =
      Pattern.compile(
          "\\s+on\\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d"
              + "|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\\w*"
              + "|the (?:night|morning|evening|afternoon|day|weekend))\\b)");

  /**
   * An election's challenge: "the Republican candidate to challenge the president's re-election".
   */
  private static final Pattern ELECTORAL =
      Pattern.compile(
          "challenge[sd]?\\b(?:\\s+\\S+){0,4}?\\s+(?:re-?election|incumbent|seat|nomination|primary)\\b");

  /** "Make no mistake": an emphasis, no mistake denied. */
  private static final Pattern NO_MISTAKE = Pattern.compile("\\bmake no\\s$");

  /**
   * What a rejection rejects: "rejected the idea that cost-cutting dictated…" rejects a claim,
   * which may be either side's (the rejection is no criticism of its own).
   */
  private static final Pattern REJECTED_CLAIM =
      Pattern.compile(
          "\\s+(?:(?:the|these|those|such|any|all|that)\\s+)?(?:idea|notion|suggestion|claim|view"
              + "|assertion|contention|impression|premise|argument|allegation|accusation|charge"
              + "|criticism|characteri[sz]ation)s?\\b");

  /** "denied the accusations", "dismissed criticism": a denial of criticism, a defence. */
  private static final Pattern DENIED =
      Pattern.compile(
          "\\b(?:reject\\w*|den(?:y|ies|ied|ying)|dismiss\\w*|refut\\w*|rebut\\w*)\\s+"
              + "(?:(?:the|these|those|such|any|all|his|her|their|its)\\s+)?$");

  /**
   * "did nothing wrong", "what went wrong", "wasn't a wrong choice": a denial or an inquiry, no one
   * called wrong.
   */
  private static final Pattern NOTHING_WRONG =
      Pattern.compile(
          "(?:\\b(?:nothing|anything|(?:what|things?)\\s+(?:had\\s+|has\\s+)?(?:went|gone|goes|go))"
              + "|n['’]t(?:\\s+(?:a|the))?|\\bnot\\s+(?:a|the))\\s+$");

  private StancePolarity() {}

  /**
   * Support cues minus oppose cues; a cue after "not"/"never" counts the other way, and cues of the
   * main clause (before "because", "but", "although"...) count double, since a reason or a
   * concession often carries words of the other side.
   */
  static int polarity(String text) {
    return polarity(text, true);
  }

  /**
   * As {@link #polarity(String)}; without a target, words of concern and of reassurance count for
   * nothing: concern about a hazard is no criticism, reassurance about it no defence.
   */
  static int polarity(String text, boolean targeted) {
    return polarity(text, (from, to) -> targeted);
  }

  /**
   * As {@link #polarity(String, boolean)} with the targets' spans in {@code text} ({@link
   * StanceTarget#spans}): a word of concern or reassurance counts only within {@link #NEAR} words
   * of a target ("said the ministry's response had been a failure"); far from it, it tells of the
   * situation ("shocked at the scale of the devastation and … a coordinated response").
   */
  static int polarity(String text, List<int[]> targets) {
    return polarity(
        text, (from, to) -> targets.stream().anyMatch(t -> words(text, t, from, to) <= NEAR));
  }

  /** How many words apart a word of concern or reassurance and its target may stand. */
  static final int NEAR = 6;

  private interface Near {
    boolean test(int from, int to);
  }

  private static int polarity(String text, Near near) {
    String lower = CueLexicon.lower(text);
    Matcher boundary = CLAUSE_BOUNDARY.matcher(lower);
    int cut = boundary.find() ? boundary.start() : lower.length();
    return 2
            * (hits(CueLexicon.SUPPORT, REASSURANCE, lower, 0, cut, near)
                - hits(CueLexicon.OPPOSE, CONCERN, lower, 0, cut, near))
        + hits(CueLexicon.SUPPORT, REASSURANCE, lower, cut, lower.length(), near)
        - hits(CueLexicon.OPPOSE, CONCERN, lower, cut, lower.length(), near);
  }

  /** The words between a target's span and the span {@code from}–{@code to}. */
  private static int words(String text, int[] target, int from, int to) {
    int a = Math.min(Math.max(target[1], 0), text.length());
    int b = Math.min(Math.max(target[0], 0), text.length());
    String between = to <= b ? text.substring(to, b) : a <= from ? text.substring(a, from) : "";
    String t = between.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static int hits(Pattern p, Pattern weak, String lower, int from, int to, Near near) {
    Matcher m = p.matcher(lower).region(from, to);
    int n = 0;
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 12), m.start());
      boolean cause = m.group().equals("blame") && CAUSE.matcher(before).find();
      if ((weak.matcher(m.group()).matches() || cause) && !near.test(m.start(), m.end())) {
        continue;
      }
      boolean event =
          (m.group().equals("attack") || m.group().equals("attacks"))
              && !ON.matcher(lower).region(m.end(), lower.length()).lookingAt();
      boolean electoral =
          m.group().startsWith("challenge")
              && ELECTORAL.matcher(lower).region(m.start(), lower.length()).lookingAt();
      boolean rejection =
          m.group().startsWith("reject")
              && REJECTED_CLAIM.matcher(lower).region(m.end(), lower.length()).lookingAt();
      if (event
          || electoral
          || rejection
          || (m.group().equals("wrong") && NOTHING_WRONG.matcher(before).find())
          || (m.group().equals("mistake") && NO_MISTAKE.matcher(before).find())) {
        continue;
      }
      boolean denied =
          (m.group().startsWith("accus") || m.group().startsWith("critic"))
              && DENIED.matcher(lower.substring(Math.max(0, m.start() - 30), m.start())).find();
      n += NEGATION.matcher(before).find() || denied ? -1 : 1;
    }
    return n;
  }
}
