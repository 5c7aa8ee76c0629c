package dev.storyline.analyze.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists behind the chunking and kind heuristics. All entries are lower case without a
 * trailing period; {@link #norm} turns a token into that form.
 */
final class Lexicon {

  /** Titles and honorifics that name a person's role; a name after one is a PERSON. */
  static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "messrs", "mme", "dr", "prof", "professor", "sir", "dame",
          "lord", "lady", "president", "minister", "premier", "chancellor", "secretary",
          "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor",
          "gov", "mayor", "judge", "justice", "executive", "ceo", "cfo", "chairman",
          "chairwoman", "chairperson", "chair", "ambassador", "speaker", "councillor",
          "councilman", "councilwoman", "commissioner", "inspector", "detective", "det",
          "sergeant", "sgt", "captain", "capt", "lieutenant", "lt", "colonel", "col", "gen",
          "admiral", "adm", "maj", "chief", "king", "queen", "prince", "princess", "pope",
          "rev", "reverend", "father", "bishop", "archbishop", "rabbi", "imam", "sheikh",
          "coach", "spokesman", "spokeswoman", "spokesperson", "director", "manager", "leader",
          "lawyer", "attorney", "analyst", "economist", "envoy", "aide", "activist", "founder",
          "candidate");

  /** Words that only form a title together with a later title word ("Prime Minister"). */
  static final Set<String> TITLE_MODIFIERS =
      Set.of(
          "prime", "chief", "vice", "deputy", "foreign", "finance", "interior", "defence",
          "defense", "health", "trade", "energy", "economy", "education", "justice", "acting",
          "assistant", "associate", "senior", "opposition", "former", "managing", "executive",
          "attorney", "surgeon", "solicitor", "auditor", "state", "district", "high", "supreme",
          "general", "police", "fire", "labour", "labor", "transport", "environment", "culture");

  /** "General" is a title only after one of these ("Attorney General"). */
  static final Set<String> BEFORE_GENERAL =
      Set.of("attorney", "surgeon", "secretary", "solicitor", "inspector", "director", "auditor");

  /** Organisation words: a name containing one is an ORGANIZATION. */
  static final Set<String> ORG_WORDS =
      Set.of(
          "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh",
          "group", "holdings", "partners", "labs", "laboratories", "systems", "technologies",
          "industries", "airlines", "airways", "motors", "bank", "fund", "trust", "exchange",
          "reserve", "authority", "ministry", "department", "office", "bureau", "agency",
          "commission", "committee", "council", "board", "court", "tribunal", "parliament",
          "senate", "assembly", "congress", "cabinet", "government", "party", "union",
          "alliance", "coalition", "front", "movement", "federation", "association", "society",
          "foundation", "institute", "university", "college", "school", "academy", "hospital",
          "police", "army", "navy", "force", "guard", "services", "service", "network", "press",
          "times", "news", "club", "organisation", "organization", "church", "un", "u.n", "eu",
          "nato", "banco", "bancorp", "bancorporation");

  /** Company suffixes that start a separate name after "and" ("Bank of Lysaria and Acme Labs"). */
  static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh",
          "group", "holdings", "partners", "labs", "laboratories", "systems", "technologies",
          "industries", "airlines", "airways", "motors", "bank");

  /** Heads of place names: a name containing one (and no organisation word) is a PLACE. */
  static final Set<String> PLACE_WORDS =
      Set.of(
          "gulf", "bay", "river", "lake", "mount", "mountains", "island", "islands", "province",
          "region", "republic", "kingdom", "city", "county", "district", "street", "avenue",
          "road", "square", "valley", "sea", "ocean", "strait", "cape", "coast", "peninsula",
          "desert", "harbour", "harbor", "port", "u.s", "us", "usa", "u.k", "uk");

  /** Words that may head an "X of Y" / "X for Y" name. */
  static final Set<String> OF_HEADS =
      Set.of(
          "minister", "secretary", "president", "governor", "mayor", "director", "chief",
          "chancellor", "state", "states", "bay", "gulf", "isle", "city", "cape", "strait",
          "sea", "lake", "river", "mount", "republic", "kingdom", "province", "island",
          "islands", "duke", "prince", "princess", "house", "church", "museum", "centre",
          "center", "chamber", "league", "order", "friends");

  /** Connectors allowed between proper nouns inside one name. */
  static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");

  /** Name particles joined between proper nouns ("Banco de la Plata", "Ludwig van Beethoven"). */
  static final Set<String> PARTICLES =
      Set.of("de", "la", "le", "du", "da", "del", "della", "di", "van", "von", "der", "den", "al");

  /** Verbs and phrases that mark a reported speaker. */
  static final Set<String> REPORTING =
      Set.of(
          "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced",
          "wrote", "asked", "argued", "explained", "noted", "warned", "insisted", "claimed",
          "replied", "according", "spoke", "testified", "tweeted", "posted");

  /** Prepositions after which a name without an organisation word is a PLACE. */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near");

  static final Set<String> MONTHS_AND_DAYS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
          "thur", "thurs", "fri", "sat", "sun");

  /** Capitalised words that are never a name on their own (sentence starts, pronouns...). */
  static final Set<String> NEVER_NAMES =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "i", "he", "she", "it", "we",
          "they", "you", "his", "her", "its", "our", "their", "my", "your", "on", "in", "at",
          "of", "for", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "after",
          "before", "since", "as", "by", "to", "from", "with", "without", "about", "however",
          "meanwhile", "also", "still", "then", "there", "here", "what", "who", "why", "how",
          "where", "which", "no", "not", "yes", "all", "some", "many", "most", "each", "every",
          "both", "today", "yesterday", "tomorrow", "tonight", "would", "can",
          "could", "should", "might", "must", "is", "are", "was", "were", "be", "been",
          "do", "does", "did", "has", "have", "had", "more", "less", "other", "another", "one",
          "read", "advertisement", "update", "updated", "photo", "video", "watch");

  /**
   * Plural common nouns that open many news sentences and that the UD model often tags PROPN at
   * sentence start ("Shares of Acme fell"); rejected only in clause-initial position.
   */
  static final Set<String> COMMON_OPENERS =
      Set.of(
          "shares", "stocks", "markets", "prices", "officials", "investors", "analysts",
          "protesters", "residents", "critics", "workers", "voters", "lawmakers", "talks",
          "negotiators", "experts", "scientists", "researchers", "doctors", "teachers", "sales",
          "rates", "profits", "earnings", "exports", "imports", "authorities", "witnesses",
          "survivors", "rescuers", "firefighters", "troops", "soldiers", "rebels", "fans",
          "students", "parents", "farmers", "shoppers", "traders", "economists", "regulators");

  private Lexicon() {}

  /** Lower case, without a trailing period. */
  static String norm(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") && lower.length() > 1
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }
}
