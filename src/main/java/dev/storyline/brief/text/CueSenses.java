package dev.storyline.brief.text;

/**
 * The second senses of {@link CueLexicon}'s cue words, each a look-around placed after its word (so
 * it runs only where the word matched): "means" and "mark" as nouns, "historic" of a level or a
 * place, "significant" of an amount, "plan" and "project" as nouns, "allowing" as a gerund. A cue
 * word in such a sense is no cue.
 */
final class CueSenses {
  private CueSenses() {}

  /**
   * After "means": it was a noun ("other means", "by economic means", "beyond their means"), not
   * "the deal means that…". A look-behind placed after the word, so it runs only where "means"
   * matched.
   */
  static final String MEANS_NOUN =
      "(?<!\\b(?:the|a|any|other|all|no|by|its|their|his|her|our|some|every|only|peaceful|military"
          + "|legal|democratic|normal|diplomatic|financial|economic|political|lawful|violent)"
          + "\\smeans?)";

  /**
   * After "mark(s)": it was a noun ("missed the mark", "the $1,000 mark", "question marks", "made
   * their mark") or "mark up" or "mark out", not "the vote marks a turn". A look-behind placed
   * after the word, so it runs only where "mark" matched.
   */
  static final String MARK_NOUN =
      "(?<!\\b(?:the|a|its|their|his|her|question|day|dollar|million|billion|highest|lowest|high"
          + "|low|halfway|good|bad|better|worse)\\smarks?)(?<!\\d\\smarks?)(?!\\s(?:up|out)\\b)";

  /** "historic" of a level or a place ("historic lows", "the historic center"), not of an event. */
  static final String HISTORIC_PLACE =
      "(?!\\s(?:lows?|highs?|levels?|district|building|site|cent(?:er|re)|downtown|quarter"
          + "|preservation)\\b)";

  /**
   * After "significant(ly)": it measured an amount or a degree ("significant numbers of", "a
   * significant minority", "significantly higher than"), not an importance.
   */
  static final String SIGNIFICANT_AMOUNT =
      "(?!\\s(?:numbers?|amounts?|portions?|minorit(?:y|ies)|majorit(?:y|ies)|percentage|share"
          + "|degree|parts?|quantit(?:y|ies)|more|less|fewer|higher|lower|larger|smaller|greater"
          + "|worse|better|different|differently|over|from|above|below)\\b)";

  /**
   * Before "plan(s) to": the noun ("BP's plan to share", "the plan to"), not "BP plans to sell".
   */
  static final String NOT_A_NOUN =
      "(?<!(?:\\ba|\\bthe|\\bits|\\bhis|\\bher|\\btheir|\\bour|['’]s) plans? to)";

  /**
   * After "project(s)": the verb of a forecast ("NOAA projects that…", "we project a 21 percent
   * rise"), not the noun ("offshore drilling projects", "the project would cost").
   */
  static final String PROJECT_VERB = "(?=\\s+(?:that|a|an|\\$?\\d+)\\b)";

  /**
   * After "allowing": a gerund or a progressive ("criticised for allowing bad debt to linger", "by
   * allowing them to enter", "the airline is allowing travellers to rebook"), not a consequence
   * ("…passed the framework, allowing the Senate to move to a final vote").
   */
  static final String ALLOWING_GERUND =
      "(?<!\\b(?:by|of|for|in|on|from|without|against|than|not|is|are|was|were|been|be)"
          + "\\sallowing)";
}
