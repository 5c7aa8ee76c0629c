package dev.storyline.analyze.entity;

import dev.storyline.words.WordLists;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists behind the chunking and kind heuristics, read from {@code analyze/entity-lexicon.txt}.
 * All entries are lower case without a trailing period; {@link #norm} turns a token into that form.
 */
final class EntityLexicon {
  private static final Map<String, Set<String>> LISTS =
      WordLists.read(EntityLexicon.class, "/analyze/entity-lexicon.txt");

  /** Titles and honorifics that name a person's role; a name after one is a PERSON. */
  static final Set<String> TITLES = list("titles");

  /** Words that only form a title together with a later title word ("Prime Minister"). */
  static final Set<String> TITLE_MODIFIERS = list("title_modifiers");

  /** "General" is a title only after one of these ("Attorney General"). */
  static final Set<String> BEFORE_GENERAL = list("before_general");

  /** Company suffixes that start a separate name after "and" ("Bank of Lysaria and Acme Labs"). */
  static final Set<String> COMPANY_SUFFIXES = list("company_suffixes");

  /**
   * Organisation words: a name containing one is an ORGANIZATION (the company suffixes and these).
   */
  static final Set<String> ORG_WORDS = union(COMPANY_SUFFIXES, list("org_words"));

  /** Heads of place names: a name containing one (and no organisation word) is a PLACE. */
  static final Set<String> PLACE_WORDS = list("place_words");

  /** Words that may head an "X of Y" / "X for Y" name. */
  static final Set<String> OF_HEADS = list("of_heads");

  /** Connectors allowed between proper nouns inside one name. */
  static final Set<String> CONNECTORS = list("connectors");

  /** Name particles joined between proper nouns ("Banco de la Plata", "Ludwig van Beethoven"). */
  static final Set<String> PARTICLES = list("particles");

  /** Outlets and platforms of one word, after which a new name starts ("told Reuters Gaddafi"). */
  static final Set<String> MEDIA = list("media");

  /** Newspapers named "The X", after which a new name starts ("In The Times Ann Lee says"). */
  static final Set<String> NEWSPAPERS = list("newspapers");

  /** Verbs and phrases that mark a reported speaker. */
  static final Set<String> REPORTING = list("reporting");

  /** Prepositions after which a name without an organisation word is a PLACE. */
  static final Set<String> PLACE_PREPOSITIONS = list("place_prepositions");

  static final Set<String> MONTHS_AND_DAYS = list("months_and_days");

  /** Capitalised words that are never a name on their own (sentence starts, pronouns...). */
  static final Set<String> NEVER_NAMES = list("never_names");

  /**
   * Plural common nouns that open many news sentences and that the UD model often tags PROPN at
   * sentence start ("Shares of Acme fell"); rejected only in clause-initial position.
   */
  static final Set<String> COMMON_OPENERS = list("common_openers");

  private EntityLexicon() {}

  private static Set<String> list(String name) {
    Set<String> words = LISTS.get(name);
    if (words == null) {
      throw new IllegalStateException("analyze/entity-lexicon.txt has no list [" + name + "]");
    }
    return words;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Lower case, without a trailing period. */
  static String norm(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") && lower.length() > 1
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }
}
