package dev.storyline.brief.section;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a phrase next to a name is not a gloss of that name. Each rule is a shape seen on real pages
 * where the words after "Name," or "Name is" belong to something else:
 *
 * <ul>
 *   <li>the name closes a sentence-opening phrase ("In Port Lumen, the families wait…", "While
 *       critics questioned Judge Marlow, the majority leader, Ada Brent, said…"): the comma ends
 *       the opener and the words after it are the main clause or another name's title;
 *   <li>the phrase is followed by a name ("…, the majority leader, Ada Brent,"): a title placed
 *       before the name it belongs to;
 *   <li>the mention is the tail of a longer name ("Marta's Table", "the Fund for Rivers and
 *       Lakes"), so the phrase describes the longer name;
 *   <li>"Name is a …" inside a clause ("the defence argued that Tom Vale was a gambler"), inside a
 *       quote or reported: a claim, not a definition;
 *   <li>the phrase is a clause (a verb, a reporting verb at its end), a list of names ("the Dutch,
 *       the Belgians and the French"), an event, an opinion, a trivial class or a judgement ({@link
 *       GlossWords}) or a fragment (ends in "and", "of", "that").
 * </ul>
 */
final class GlossRules {
  /** Titles that may stand before a name without being part of another name. */
  private static final Set<String> TITLES =
      Set.of(
          ("mr mr. mrs mrs. ms ms. dr dr. sen. sen rep. rep gov. gov gen. gen lt. col. "
                  + "capt. sgt. rev. rev prof. st. president senator representative congressman "
                  + "congresswoman judge justice secretary governor mayor minister chancellor pope "
                  + "king queen prince princess lord lady sir dame professor chief speaker leader "
                  + "general colonel captain officer detective sheriff bishop archbishop reverend "
                  + "former the a an vice deputy attorney ambassador commissioner director chairman "
                  + "chairwoman coach ")
              .strip()
              .split(" "));

  /** Words that open a sentence without being part of a name. */
  private static final Pattern SENTENCE_OPENER =
      Pattern.compile(
          "(?i)(?:the|a|an|in|on|at|for|with|when|while|after|before|as|but|and|so|if|although"
              + "|because|since|meanwhile|yesterday|today|last|this|that|then|now|also|however"
              + "|former|by|from|to|of|under|during|like|unlike|among|amid|despite|until|once)");

  /** Words that open a subordinate or adverbial phrase. */
  private static final Pattern OPENER =
      Pattern.compile(
          "(?i)^(?:in|on|at|for|with|without|while|when|whenever|if|unless|although|though"
              + "|because|since|after|before|as|despite|unlike|beyond|besides|like|under|during"
              + "|from|to|by|among|amid|across|through|throughout|following|given|once|until|upon"
              + "|whether|in addition to"
              + "|(?:\\p{L}+(?:ed|ing)|shot|taken|written|made|seen|told|given|known|caught|held"
              + "|built|hit|brought|sent)\\s+(?:by|with|about|to|at|in|on|for|from|after))\\b");

  /**
   * A phrase that runs into something else: names joined by "and" ("the Food Fund and Unicef to
   * Osk"), "and" before a preposition ("a suburb of Osk and at a second clinic"), or a capitalised
   * function word inside it, where a caption or a heading was run into the text ("the chairman of
   * the club For the victims").
   */
  private static final Pattern RUNS_ON =
      Pattern.compile(
          "^the\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*\\s+(?:and|&)\\s+\\p{Lu}"
              + "|\\band\\s+(?:at|in|on|to|from|by|with|into)\\b"
              + "|\\S\\s+(?:For|The|A|An|In|On|At|It|He|She|They|This|We)\\s");

  /** A time phrase before a name opens no clause: "On Sunday Ana Ruiz, the mayor, said". */
  private static final Pattern TIME_ONLY =
      Pattern.compile(
          "(?i)^(?:on|in|last|this|early|late)\\s+(?:\\p{L}+day|\\d{4}|january|february|march"
              + "|april|may|june|july|august|september|october|november|december)$");

  private static final Pattern SUBORDINATOR =
      Pattern.compile(
          "(?i)\\b(?:if|when|while|although|though|because|since|unless|whereas|once|after"
              + "|before|until)\\b");

  /** A verb that makes a phrase a clause. */
  private static final Pattern FINITE_VERB =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|will|would|can|could|should|has|have|had|said|says|may"
              + "|might|must|shall|does|did|do|goes|went|reports|reported|confirmed|confirms"
              + "|wrote|writes|added|noted|explained|seems?|appears?)\\b");

  /**
   * A place after a preposition ("the League in Osk, an outspoken movement"): the phrase after it
   * may describe the phrase it ends; it glosses the place when it says what kind of place it is.
   */
  private static final Pattern OBJECT_OF =
      Pattern.compile("(?i)\\b(?:in|of|for|from|at|near|to)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

  private static final Pattern PLACE_CLASS =
      Pattern.compile(
          "(?i)^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:town|city|village|region|province|district"
              + "|suburb|capital|port|country|state|island|area|county|neighbou?rhood|republic"
              + "|community|hub|stronghold|site|headquarters|home|hometown|base|enclave|scene"
              + "|territory|nation|kingdom|coast|valley|resort|bay|river|gulf|seat|centre|center)\\b");

  /** A phrase that ends in a word that needs more after it. */
  private static final Pattern FRAGMENT_END =
      Pattern.compile(
          "(?i)\\b(?:and|or|but|that|which|who|of|for|to|with|in|on|at|by|from|the|a|an|as|than"
              + "|its|his|her|their)$");

  /** Two capitalised words: a name. */
  private static final Pattern NAME_NEXT =
      Pattern.compile("^\\s*,\\s*\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}[\\p{L}'’-]+");

  private GlossRules() {}

  /** True when the mention is the tail of a longer name ("Marta's Table", "Rivers and Lakes"). */
  static boolean partOfLongerName(String sentence, EntityMention m) {
    String before = sentence.substring(0, m.start()).stripTrailing();
    if (before.length() == m.start()) {
      return false; // the mention is glued to the word before it
    }
    String[] words = before.split("\\s+");
    if (words.length == 0 || words[words.length - 1].isEmpty()) {
      return false;
    }
    String w = words[words.length - 1];
    if (w.matches("(?i)v\\.|vs\\.?")) {
      return true; // "Roe v. Wade"
    }
    if (w.matches("(?i)and|of|for|&") && words.length >= 2) {
      return Character.isUpperCase(words[words.length - 2].codePointAt(0));
    }
    if (!Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    String bare = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    if (TITLES.contains(bare) && !w.matches(".*['’]s")) {
      return false;
    }
    return !(words.length == 1 && SENTENCE_OPENER.matcher(bare).matches());
  }

  /**
   * True when the mention stands in a phrase that opens the sentence or a subordinate clause ("In
   * Port Lumen,", "While critics questioned Judge Marlow,", "if there is no reply from Lee,"), so a
   * comma after it closes that phrase.
   */
  static boolean inOpener(String sentence, EntityMention m) {
    String before = sentence.substring(0, m.start());
    int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    String segment = before.substring(cut + 1).strip().replaceFirst("^[\"“‘']+", "");
    if (segment.isEmpty() || TIME_ONLY.matcher(segment).matches()) {
      return false;
    }
    return OPENER.matcher(segment).find()
        || SUBORDINATOR.matcher(segment).find()
        || (cut >= 0 && IN_APPOSITION.matcher(segment).matches());
  }

  /**
   * The mention closes another name's apposition ("Pieter Lunn, a shipping economist at Meridian
   * University, the deal…"): the comma after it returns to the sentence, it opens no gloss.
   */
  private static final Pattern IN_APPOSITION =
      Pattern.compile("(?i)^(?:a|an|the)\\b.*\\b(?:at|of|for|from|with)$");

  /**
   * True when "Name is/was …" is no definition: the name does not open the sentence (after a title
   * at most), or the sentence reports someone's words.
   */
  static boolean claimNotDefinition(String sentence, EntityMention m, int phraseEnd) {
    String before = sentence.substring(0, m.start()).strip();
    for (String w : before.isEmpty() ? new String[0] : before.split("\\s+")) {
      if (!TITLES.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    String outside = before + " " + sentence.substring(phraseEnd);
    return CueLexicon.has(CueLexicon.REPORTING, outside)
        || outside.contains("\"")
        || outside.contains("“");
  }

  /**
   * True when the phrase {@code sentence[from, to)} after the mention describes something else than
   * the mention's name.
   */
  static boolean notAGloss(
      String sentence, int from, int to, EntityMention m, List<EntityMention> all, String actor) {
    String words = sentence.substring(from, to).strip();
    String after = sentence.substring(to);
    if (FINITE_VERB.matcher(words).find()
        || FRAGMENT_END.matcher(words).find()
        || GlossWords.noDescription(words)
        || NAME_NEXT.matcher(after).find()
        || GlossLists.namesOnly(words)
        || RUNS_ON.matcher(words).find()
        || ownTitle(words, actor)) {
      return true;
    }
    if (m.kind() == EntityKind.PLACE && after.matches("(?s)^\\s*,\\s*and\\b.*")) {
      return true;
    }
    if (m.kind() == EntityKind.PLACE
        && OBJECT_OF.matcher(sentence.substring(0, m.start())).find()
        && !PLACE_CLASS.matcher(words).find()) {
      return true;
    }
    if (GlossLists.endsOnAnotherName(sentence, from, to, m, all)) {
      return true;
    }
    java.util.regex.Matcher comma = Pattern.compile("^\\s*,\\s*").matcher(after);
    if (comma.find()) {
      int next = to + comma.end();
      for (EntityMention o : all) {
        if (o != m && o.start() == next) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Mr. Vale, the president's son" glossing President Vale: the phrase names the actor's own title
   * as someone else's, so it is about another person of the same surname.
   */
  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L}+)['’]s\\b");

  private static boolean ownTitle(String phrase, String actorName) {
    if (actorName == null) {
      return false;
    }
    // a name may repeat a word ("Johnson & Johnson"): a set that takes duplicates
    Set<String> name =
        Set.copyOf(
            java.util.Arrays.asList(
                actorName.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s.]+")));
    var m = POSSESSIVE.matcher(phrase.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (name.contains(m.group(1))) {
        return true;
      }
    }
    return false;
  }
}
