package dev.storyline.brief.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue lexicons of the extractive writer: small hand-made word lists with weights, matched as
 * whole words on lower-cased text. Kept in one place so they can be read and tuned together.
 */
public final class CueLexicon {
  /**
   * For each weighted cue map, one pattern matching any of its cues but the gated ones ({@link
   * CueGates}): a cheap first test.
   */
  private static final Map<Map<Pattern, Double>, Pattern> ANY = new java.util.IdentityHashMap<>();

  /** Significance and consequence cues (Why It Matters). */
  public static final Map<Pattern, Double> SIGNIFICANCE =
      weighted(
          Map.ofEntries(
              Map.entry("marks?" + CueSenses.MARK_NOUN + "|marking(?!\\s(?:up|out)\\b)", 1.0),
              Map.entry("means?" + CueSenses.MEANS_NOUN + "|meaning that", 0.8),
              Map.entry("could (?:reshape|transform|change|upend|end|affect)", 1.2),
              Map.entry("(?:the )?first time", 1.0),
              Map.entry("signal(?:s|led|ing|ed)?" + CueSenses.SIGNAL_VERB, 0.9),
              Map.entry("because", 0.5),
              Map.entry("impact(?:s|ed)?", 0.8),
              Map.entry("significant(?:ly)?" + CueSenses.SIGNIFICANT_AMOUNT, 0.9),
              Map.entry("would allow|will allow|allowing" + CueSenses.ALLOWING_GERUND, 0.8),
              Map.entry("consequences?", 1.0),
              Map.entry(
                  "landmark|historic" + CueSenses.HISTORIC_PLACE + "|milestone|turning point", 1.0),
              Map.entry("biggest|largest|unprecedented|major shift", 0.7),
              Map.entry("affect(?:s|ing)?|threaten(?:s|ing)?", 0.6),
              Map.entry("(?:raises?|raising) (?:questions|concerns|the stakes)", 0.8),
              Map.entry("key (?:test|step)|critical|crucial", 0.6),
              Map.entry("set a precedent|precedent", 0.9),
              Map.entry(CueSenses.NOT_SINCE, 1.0),
              Map.entry(CueSenses.CONSEQUENCE, 1.0),
              Map.entry(CueSenses.SHOWS, 0.9)));

  /**
   * Forward-looking cues (Forecast); weight 1 is enough on its own, 0.5 is not. "will always" is a
   * habit or a creed ("There will always be oil spills"), no forecast. A plan is the verb ("BP
   * plans to sell"), not the noun ("investors like BP's plan to share").
   */
  public static final Map<Pattern, Double> FORWARD =
      weighted(
          Map.ofEntries(
              Map.entry("(?:is|are) (?:expected|likely|set|poised|due|scheduled) to", 1.0),
              Map.entry("will(?! have been| always\\b)|won't|shall", 1.0),
              Map.entry(
                  "plans? to"
                      + CueSenses.NOT_A_NOUN
                      + "|intends? to|aims? to|(?:is|are) planning to",
                  1.0),
              Map.entry(
                  "forecasts?|predicts?|projects?"
                      + CueSenses.PROJECT_VERB
                      + "|projected to|anticipates?",
                  1.0),
              Map.entry("next (?:year|month|week|quarter|season|spring|summer|autumn|winter)", 1.0),
              Map.entry("in the coming (?:days|weeks|months|years)", 1.0),
              Map.entry("could|may|might|likely", 0.5),
              Map.entry("analysts (?:say|expect|believe|think|warn)", 0.5)));

  /** Constructions that put an expectation in the past or negate a possibility. */
  public static final Pattern PAST_EXPECTATION =
      Pattern.compile(
          "\\b(?:was|were|had been) (?:expected|likely|set|poised|due|scheduled|planning) to\\b"
              + "|\\b(?:could|would|might|may|should|will) have\\b"
              + "|\\bcould not\\b|\\bcouldn't\\b|\\bhad planned\\b|\\bplanned to\\b"
              + "|\\b(?:predicted|forecast|projected) (?:in|last)\\b");

  /** Reporting verbs that attribute speech or a position to someone. */
  public static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:said|says|say|argued|argues|argue|warned|warns|warn|maintained|maintains"
              + "|insisted|insists|claimed|claims|told|tells|accused|accuses|criticised"
              + "|criticized|criticises|criticizes|defended|defends|called|calls|stated|states"
              + "|added|noted|contended|contends|urged|urges|vowed|pledged|denied|denies"
              + "|rejected|rejects|welcomed|welcomes|praised|praises|condemned|condemns"
              + "|according to|announced|countered|acknowledged|admitted|questioned)\\b");

  /** Verbs that give written or posted words their author ("…," Smith wrote on social media). */
  public static final Pattern WRITING =
      Pattern.compile("\\b(?:wrote|writes|tweeted|tweets|posted|declared)\\b");

  /** {@link #REPORTING} but for its nouns ("Gulf states have") and "claimed the lives of". */
  public static final Pattern REPORTING_VERB =
      Pattern.compile(
          "(?!(?:states|claims|calls)\\b\\s*(?:[,.;:)]|(?:and|or|are|were|have|had|which|who|whose"
              + "|of|from|against|such|including|like)\\b)|claim(?:s|ed)\\s+(?:\\S+\\s+)?lives\\b)"
              + REPORTING.pattern(),
          Pattern.CASE_INSENSITIVE);

  /** Words of opposition or criticism ("protested", not the protests or protesters reported). */
  public static final Pattern OPPOSE =
      Pattern.compile(
          "\\b(?:oppos\\w*|criticis\\w*|criticiz\\w*|critic\\w*|warn\\w*|condemn\\w*|reject\\w*"
              + "|risk\\w*|unfair\\w*|illegal\\w*|unlawful|dangerous|reckless|threat\\w*|harm\\w*"
              + "|accus\\w*|protest(?:ed|ing)?|against|flaw\\w*|mistake|undermin\\w*|damag\\w*"
              + "|irresponsible|outrage\\w*|betray\\w*|unacceptable|fail\\w*|concern\\w*"
              + "|object\\w*|challenge[sd]?|sue[sd]?|lawsuit|halt|scrap|block\\w*|denounc\\w*"
              + "|called out|call(?:s|ed)? out|bash\\w*|slam\\w*|blast\\w*|decr(?:y|ies|ied)"
              + "|lambast\\w*|blam\\w*|fault\\w*|wrong|disastrous|disgrace\\w*|shameful"
              + "|failure|outcry|misleading|deceptive|abus\\w*|lose|loses|losing|loss\\w*"
              + "|worse|hurt\\w*|anger\\w*|angry|betray\\w*|nobody asked|too far"
              + "|shock\\w*|furious|bogus|attack\\w*|regrett\\w*|troubl\\w*|disturb\\w*|alarm\\w*"
              + "|deplor\\w*|appall?\\w*|absurd|ridiculous|beyond the pale|politically motivated"
              + "|witch hunt|hoax|disgust\\w*|dishonest\\w*|corrupt\\w*|feckless|racist"
              + "|extreme(?! (?:poverty|weather|heat|cold|hunger|conditions|temperatures))"
              + "|radical|chaos|step (?:aside|down)|resign|not true|completely false|lie|lies|lied"
              + "|liars?|phony|dark|weak|mock\\w*|rebuk\\w*|despicable|bull(?:y|ies|ying)|idiot\\w*"
              + "|excoriat\\w*|power grab|no place|no business|repudiat\\w*|nasty|stupid"
              + "|incompeten\\w*|hypocri\\w*|inconsistent|neglig\\w*|complain\\w*|worst|nonsense|exploit(?:s|ed|ing)?)\\b");

  /** Words of support or defence. */
  public static final Pattern SUPPORT =
      Pattern.compile(
          "\\b(?:support\\w*|welcom\\w*|defend\\w*|prais\\w*|necessary|benefit\\w*|protect\\w*"
              + "|backs(?! down)|backed(?! by| down)|backing(?! down)|back (?:the|a|an|his|her|their|its)|endors\\w*|favou?r\\w*|essential|vital|justif\\w*|applaud\\w*"
              + "|improve\\w*|help\\w*|safe|safer|good news|right decision|strengthen\\w*"
              + "|progress|boost\\w*|celebrat\\w*|commend\\w*|hail\\w*"
              + "|laud\\w*|champion\\w*|succe(?:ss|ssful|eded)|historic step|great step|important step"
              + "|proud|confident|victory|win|wins|stronger|better|fairer|relief|opportunit\\w*"
              + "|finally|good|great|welcome|fair|delivered|right approach|stand by|agree\\w*"
              + "|grateful|thank\\w*|pleased|happy|optimis\\w*|excited|commit\\w*|trust\\w*"
              + "|honou?red|admir\\w*|respect\\w*|worked hard|tremendous|best)\\b");

  /** Words naming a proposal being voted or campaigned on (camps named Supporters/Opponents). */
  public static final Pattern PROPOSAL =
      Pattern.compile(
          "\\b(?:bill|bills|proposal|referendum|ballot|legislation|amendment|measure|vote|votes"
              + "|petition|nomination|nominee|plan|package|deal|treaty|ordinance|initiative)\\b");

  /** Verbs of backing or opposing something (with {@link #PROPOSAL}: Supporters/Opponents). */
  public static final Pattern BACKING =
      Pattern.compile(
          "\\b(?:support\\w*|oppos\\w*|back(?:s|ed|ing)?|endors\\w*|favou?r\\w*|vot(?:e|ed|ing)"
              + " (?:for|against))\\b");

  /** Clickbait cues that disqualify a title as headline. */
  public static final Pattern CLICKBAIT =
      Pattern.compile(
          "you won't believe|you wont believe|shocking|jaw-dropping|stunning|here's why"
              + "|heres why|this is why|what you need to know|everything you need|mind-blowing"
              + "|goes viral|breaking:|must see|\\bwatch:|\\bopinion:|\\blive:|\\blive updates");

  /** Irregular past-tense verbs (finite forms only). */
  private static final java.util.Set<String> IRREGULAR_PAST =
      java.util.Set.of(
          ("was were had did made took began became won lost came went saw struck fell "
                  + "rose paid sold bought left led held grew ran wrote gave got built brought "
                  + "found met sent spent broke chose drove flew froze knew rode stood swore taught "
                  + "thought threw understood told said sought fought")
              .split(" "));

  /** Words ending in "-ed" that are not past-tense verbs. */
  private static final java.util.Set<String> NOT_PAST =
      java.util.Set.of(
          "need", "based", "red", "bed", "seed", "feed", "speed", "proceed", "exceed", "succeed",
          "indeed", "hundred", "breed", "united", "limited", "shed", "bred", "embed", "weed");

  /** Words after which "-ed" is a participle or adjective ("is expected", "the automated"). */
  private static final java.util.Set<String> AUXILIARY =
      java.util.Set.of(
          "", "is", "are", "am", "be", "been", "being", "has", "have", "will", "would", "to", "get",
          "gets", "getting", "remain", "remains", "become", "becomes", "not", "newly", "fully",
          "widely", "still", "the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
          "those", "of", "for", "with", "from", "in", "on", "at", "by", "into", "more", "most",
          "less", "very", "highly", "so");

  private CueLexicon() {}

  private static Map<Pattern, Double> weighted(Map<String, Double> cues) {
    Map<Pattern, Double> out = new java.util.LinkedHashMap<>();
    // in one order in every run (Map.ofEntries and Map.copyOf change theirs): the same sums
    new java.util.TreeMap<>(cues).forEach((k, v) -> out.put(CueGates.compile(k), v));
    Map<Pattern, Double> map = java.util.Collections.unmodifiableMap(out);
    ANY.put(map, CueGates.any(cues.keySet()));
    return map;
  }

  /**
   * A capitalised word inside a sentence: a name or a title ("spokesman Mark Toner", "Will Smith",
   * "in May"), never a cue.
   */
  private static final Pattern NAME_INSIDE =
      Pattern.compile("(?<=[\\p{L}\\p{N},;%'’)]\\s)\\p{Lu}[\\p{L}'’-]*");

  /**
   * Sum of the weights of the cues that occur in the text (each cue counted once), not counting a
   * capitalised word inside the sentence ({@link #NAME_INSIDE}).
   */
  public static double score(Map<Pattern, Double> cues, String text) {
    String lower = lower(NAME_INSIDE.matcher(text).replaceAll("_"));
    Pattern any = ANY.get(cues);
    boolean ungated = any == null || any.matcher(lower).find();
    double sum = 0;
    for (Map.Entry<Pattern, Double> e : cues.entrySet()) {
      if (CueGates.open(e.getKey(), lower, ungated) && e.getKey().matcher(lower).find()) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Number of occurrences of the pattern in the lower-cased text. */
  static int count(Pattern p, String text) {
    Matcher m = p.matcher(lower(text));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  public static boolean has(Pattern p, String text) {
    return p.matcher(lower(text)).find();
  }

  /** True when the text has a finite past-tense verb ("opened", "was", "said"). */
  public static boolean pastTense(String text) {
    return pastTense(text, false);
  }

  /**
   * True when the text has a finite past-tense verb. With {@code ignoreReporting}, reporting verbs
   * ("said", "warned") do not count, so "Okafor said the union will strike" is not past.
   */
  public static boolean pastTense(String text, boolean ignoreReporting) {
    String prev = "";
    for (String w : Vectorizer.words(text)) {
      boolean reporting = REPORTING.matcher(w).matches();
      if (!(ignoreReporting && reporting) && finitePast(w, prev)) {
        return true;
      }
      prev = w;
    }
    return false;
  }

  private static boolean finitePast(String word, String prev) {
    if (IRREGULAR_PAST.contains(word)) {
      return word.equals("was") || word.equals("were") || !AUXILIARY.contains(prev);
    }
    return word.length() > 4
        && word.endsWith("ed")
        && !NOT_PAST.contains(word)
        && !AUXILIARY.contains(prev);
  }

  public static String lower(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
