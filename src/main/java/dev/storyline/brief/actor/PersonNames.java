package dev.storyline.brief.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's name or title says about their gender, for resolving "Mrs. Clinton" or "she" to
 * the right full name of the story: an honorific ("Mrs.", "Mr.") in or right before the mention, or
 * a common English first name from two short hand-made lists. Unknown is the usual answer.
 */
final class PersonNames {
  /** The gender a name or title implies. */
  enum Gender {
    FEMALE,
    MALE,
    UNKNOWN;

    /** True when the two cannot be the same person (both known and different). */
    boolean conflicts(Gender other) {
      return this != UNKNOWN && other != UNKNOWN && this != other;
    }
  }

  private static final Pattern HONORIFIC_BEFORE =
      Pattern.compile("(?i)\\b(mrs|ms|miss|mr|madam|sir)\\.?\\s*$");
  private static final Pattern HONORIFIC_START =
      Pattern.compile("(?i)^(mrs|ms|miss|mr|madam|sir)\\.?\\s");
  private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam");
  private static final Set<String> MALE_TITLES = Set.of("mr", "sir");

  private static final Set<String> FEMALE =
      names(
          "hillary nancy elizabeth mary patricia jennifer linda barbara susan jessica sarah "
              + "karen lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda "
              + "melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela anna "
              + "ruth brenda nicole helen katherine christine samantha debra rachel carolyn janet "
              + "catherine maria heather diane julie joyce victoria kelly christina joan evelyn "
              + "lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice "
              + "kathryn gloria teresa doris sara janice julia marie madison grace judy theresa "
              + "beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia "
              + "alexis lori kayla jane michele kamala condoleezza sonia elena kirsten dianne maxine "
              + "sheila ivanka melania susana loretta kellyanne sheryl oprah chelsea tulsi heidi "
              + "claire debbie valerie nikki tammy betsy elaine kathy lois ileana louise hope stormy "
              + "alexandria ilhan rashida ayanna sally dawn kate kristen hope lynn wendy gretchen "
              + "tina sue megyn greta anita");
  private static final Set<String> MALE =
      names(
          "bill james john robert michael william david richard joseph thomas charles "
              + "christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth "
              + "kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas "
              + "eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander "
              + "frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas "
              + "zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald "
              + "carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce "
              + "albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell "
              + "elijah louis bobby philip johnny barack mitt mitch chuck newt ted marco rand jeb "
              + "hank rick harry barney al dick rudy mike tim jim bob tom ben ron don dan lindsey "
              + "bernie pete beto jared vladimir xi boris emmanuel rex jeff reince steve rod devin "
              + "trey darrell orrin lamar");

  /**
   * Common English short forms of given names that are no prefix of the full form, each with the
   * full form ("jim": "james"); a short form that stands for more than one name is left out.
   */
  private static final java.util.Map<String, String> SHORT_FORMS =
      java.util.Map.ofEntries(
          java.util.Map.entry("jim", "james"),
          java.util.Map.entry("jimmy", "james"),
          java.util.Map.entry("mike", "michael"),
          java.util.Map.entry("bill", "william"),
          java.util.Map.entry("billy", "william"),
          java.util.Map.entry("bob", "robert"),
          java.util.Map.entry("bobby", "robert"),
          java.util.Map.entry("dick", "richard"),
          java.util.Map.entry("rick", "richard"),
          java.util.Map.entry("ted", "edward"),
          java.util.Map.entry("tony", "anthony"),
          java.util.Map.entry("andy", "andrew"),
          java.util.Map.entry("chuck", "charles"),
          java.util.Map.entry("larry", "lawrence"),
          java.util.Map.entry("peggy", "margaret"),
          java.util.Map.entry("maggie", "margaret"),
          java.util.Map.entry("liz", "elizabeth"),
          java.util.Map.entry("beth", "elizabeth"),
          java.util.Map.entry("betsy", "elizabeth"),
          java.util.Map.entry("becky", "rebecca"),
          java.util.Map.entry("kathy", "katherine"),
          java.util.Map.entry("katie", "katherine"),
          java.util.Map.entry("jenny", "jennifer"),
          java.util.Map.entry("danny", "daniel"),
          java.util.Map.entry("johnny", "john"));

  /**
   * True when the two lists of given names share one: "Ben" and "Benjamin" by prefix, or a common
   * short form ({@link #sameGiven}).
   */
  static boolean givenIn(List<String> xs, List<String> ys) {
    for (String x : xs) {
      for (String y : ys) {
        if (x.length() > 1
            && y.length() > 1
            && (x.startsWith(y) || y.startsWith(x) || sameGiven(x, y))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the two given names are one by a common short form ("jim", "james"). */
  static boolean sameGiven(String x, String y) {
    return SHORT_FORMS.getOrDefault(x, x).equals(SHORT_FORMS.getOrDefault(y, y));
  }

  private PersonNames() {}

  private static Set<String> names(String spaced) {
    return Set.copyOf(java.util.Arrays.asList(spaced.split(" ")));
  }

  /** The gender implied by a first name, or UNKNOWN. */
  static Gender ofFirstName(String first) {
    String f = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return FEMALE.contains(f) ? Gender.FEMALE : MALE.contains(f) ? Gender.MALE : Gender.UNKNOWN;
  }

  /** The gender of a full-name key ("hillary clinton") from its first name. */
  static Gender ofKey(String key) {
    String[] parts = key.split("\\s+");
    return parts.length < 2 ? Gender.UNKNOWN : ofFirstName(parts[0]);
  }

  /**
   * The gender implied by an honorific at the start of the mention's surface text or right before
   * it in the sentence ("Mrs. Clinton"), or UNKNOWN.
   */
  static Gender ofHonorific(String sentence, int start, String surface) {
    Matcher in = HONORIFIC_START.matcher(surface);
    if (in.find()) {
      return title(in.group(1));
    }
    if (start > 0 && start <= sentence.length()) {
      Matcher before = HONORIFIC_BEFORE.matcher(sentence.substring(Math.max(0, start - 8), start));
      if (before.find()) {
        return title(before.group(1));
      }
    }
    return Gender.UNKNOWN;
  }

  private static Gender title(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return FEMALE_TITLES.contains(lower)
        ? Gender.FEMALE
        : MALE_TITLES.contains(lower) ? Gender.MALE : Gender.UNKNOWN;
  }

  /** The gender of a subject pronoun ("she", "he"), or UNKNOWN for any other word. */
  static Gender ofPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("she") ? Gender.FEMALE : w.equals("he") ? Gender.MALE : Gender.UNKNOWN;
  }
}
