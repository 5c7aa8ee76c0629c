package dev.storyline.brief.actor;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who says what in a sentence: a reporting verb outside quotation marks and the person or
 * organisation it belongs to (subject before the verb, "said Okafor" after it, "according to X",
 * "criticised by X"), plus the directly quoted words when the sentence has quotation marks.
 */
public final class Attribution {
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"|“([^”]+)”");
  private static final Pattern HONORIFIC_NAME =
      Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Ss]he|[Hh]e)\\b");
  private static final Pattern SUBJECT_GAP =
      Pattern.compile(
          "^(?:['’]s)?(?:\\s*|,[^,\"“”]{1,80},\\s*"
              + "|\\s+(?:(?:also|has|have|had|again|previously|later|earlier|then|on|in|a|an"
              + "|its|his|her|their|statement|interview|letter|post|\\p{Lu}\\p{L}+day"
              + "|\\p{L}+ly)\\s+){1,4})$");
  private static final Pattern VERB =
      Pattern.compile(CueLexicon.REPORTING.pattern(), Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}. ]*\\.?");
  private static final Pattern OF_GAP = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");
  private static final Pattern INVERSION = Pattern.compile("(?:^|[,\"”’'])\\s*$");
  private static final Pattern MODIFIER =
      Pattern.compile("(?:,\\s*)?\\b(?:of|in|on|at|from|with|about)\\s+(?:the\\s+)?$");
  private static final Pattern APPOSITIVE_END = Pattern.compile("^\\s*,\\s*$");
  private static final Pattern AFTER_GAP = Pattern.compile("^\\s*(?:by\\s+)?(?:the\\s+)?$");

  /**
   * Verbs whose object is the listener or the target, never the speaker ("told Northgate Courier",
   * "accused the board"): a name after them is not the speaker unless the verb is passive ("by").
   */
  private static final Pattern TRANSITIVE =
      Pattern.compile(
          "(?i)told|tells|accused|accuses|criticised|criticized|criticises|criticizes|defended|defends"
              + "|called|calls|urged|urges|denied|denies|rejected|rejects|welcomed|welcomes|praised"
              + "|praises|condemned|condemns|announced|questioned");

  private Attribution() {}

  /** A speaker found in a sentence. */
  public record Speaker(String key, String name, int verbStart) {}

  /** The speaker of the sentence, or null when no reporting verb has a named actor. */
  public static Speaker speaker(StorySentence s, Actors actors) {
    String text = s.sentence().text();
    Matcher verb = VERB.matcher(text);
    if (!verb.find()) {
      return null;
    }
    verb.reset();
    List<int[]> quotes = quoteSpans(text);
    List<Candidate> names = candidates(s, actors, quotes);
    while (verb.find()) {
      if (inside(verb.start(), quotes)) {
        continue;
      }
      Candidate c = resolve(text, verb, names);
      if (c != null) {
        return new Speaker(c.key, actors.name(c.key), verb.start());
      }
    }
    return null;
  }

  private static Candidate resolve(String text, Matcher verb, List<Candidate> names) {
    boolean passive = text.startsWith(" by ", verb.end());
    if (!verb.group().equalsIgnoreCase("according to") && !passive) {
      Candidate subject = subject(text, verb.start(), names);
      if (subject != null) {
        // a place does not speak ("Sao Paulo", "the Gulf") unless it names its speaker's seat
        return subject.place ? null : subject;
      }
    }
    if (!passive && TRANSITIVE.matcher(verb.group()).matches()) {
      return null;
    }
    // a name after the verb speaks only in the inverted order ("…," said Okafor; according to
    // Okafor): in "Prosecutors say Dr Murray gave…" Murray is what is said, not who says it
    boolean inverted =
        passive
            || verb.group().equalsIgnoreCase("according to")
            || INVERSION.matcher(text.substring(0, verb.start())).find();
    if (!inverted) {
      return null;
    }
    for (Candidate c : names) {
      if (!c.subjectOnly
          && !c.place
          && c.start >= verb.end()
          && AFTER_GAP.matcher(text.substring(verb.end(), c.start)).matches()) {
        return c;
      }
    }
    return null;
  }

  /**
   * The subject of the verb at {@code verbStart}: the last name before it with only a subject gap
   * between ("Okafor said", "Okafor, the mayor, said"). A name inside a phrase of place or of
   * membership ("the mayor of Hoboken", "in Los Angeles", "subcommittee on the Constitution") and a
   * place set off by commas (", Ill.,") are modifiers: they never speak and their phrase is left
   * out of the gap of the names before them, so "Dawn Zimmer" speaks in "the mayor of Hoboken, Dawn
   * Zimmer, said" and "Bishop Daniel Jenky, of Peoria, Ill., said" speaks as Daniel Jenky.
   */
  private static Candidate subject(String text, int verbStart, List<Candidate> names) {
    StringBuilder removed = new StringBuilder(text);
    boolean skipped = false;
    for (int i = names.size() - 1; i >= 0; i--) {
      Candidate c = names.get(i);
      if (c.end > verbStart) {
        continue;
      }
      String before = text.substring(0, c.start);
      Matcher mod = MODIFIER.matcher(before);
      boolean commaPlace = c.place && before.endsWith(", ") && text.startsWith(",", c.end);
      if (mod.find() || commaPlace) {
        int from = commaPlace ? c.start - 2 : mod.start();
        for (int k = from; k < c.end; k++) {
          removed.setCharAt(k, '\u0000');
        }
        skipped = true;
        continue;
      }
      boolean appositive = skipped || before.endsWith(", ");
      if (gapMatches(removed, c.end, verbStart, appositive)) {
        return owner(text, names, i);
      }
    }
    return null;
  }

  private static boolean gapMatches(CharSequence text, int from, int to, boolean appositive) {
    String gap = text.subSequence(from, to).toString().replace("\u0000", "");
    return SUBJECT_GAP.matcher(gap).matches()
        || (appositive && APPOSITIVE_END.matcher(gap).matches());
  }

  /**
   * The name a place or tag belongs to: "Rick Perry of Texas" and "Mitt Romney, R-Utah" speak as
   * Rick Perry and Mitt Romney.
   */
  private static Candidate owner(String text, List<Candidate> names, int i) {
    Candidate c = names.get(i);
    if (i > 0) {
      Candidate before = names.get(i - 1);
      String gap = text.substring(before.end, c.start);
      boolean tag = PARTY_TAG.matcher(text.substring(c.start, c.end)).matches() && gap.equals(", ");
      if (tag || OF_GAP.matcher(gap).matches()) {
        return before;
      }
    }
    return c;
  }

  /** Person and organisation mentions outside quotes, plus "Ms. Surname" resolved by surname. */
  private static List<Candidate> candidates(StorySentence s, Actors actors, List<int[]> quotes) {
    List<Candidate> out = new ArrayList<>();
    for (EntityMention m : s.sentence().entities()) {
      Actors.Info info = actors.info(m.key());
      EntityKind kind = info == null ? m.kind() : info.kind();
      boolean valid = m.start() >= 0 && m.end() <= s.sentence().text().length();
      boolean named = kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION;
      // a place is kept to find whose seat it is ("Rick Perry of Texas said") but never speaks
      boolean place = kind == EntityKind.PLACE;
      boolean unknown = (kind == EntityKind.OTHER || place) && capitalised(m.text());
      boolean speaks = place || SpeakerNames.maySpeak(m.text(), kind);
      if (valid
          && speaks
          && (named || unknown)
          && !inside(m.start(), quotes)
          && !actors.isOutlet(m.key())) {
        out.add(
            new Candidate(
                actors.resolve(s.article().id(), s.index(), m), m.start(), m.end(), !named, place));
      }
    }
    honorifics(s, actors, quotes, out);
    pronouns(s, actors, quotes, out);
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  /** "Ms. Surname" the recogniser missed, resolved to the story's full name that fits. */
  private static void honorifics(
      StorySentence s, Actors actors, List<int[]> quotes, List<Candidate> out) {
    String text = s.sentence().text();
    Matcher h = HONORIFIC_NAME.matcher(text);
    while (h.find()) {
      String key =
          actors.resolveSurname(
              s.article().id(),
              s.index(),
              h.start(),
              h.group(1),
              PersonNames.ofHonorific(text, h.start(), h.group()));
      boolean covered = out.stream().anyMatch(c -> c.start <= h.start(1) && c.end >= h.end(1));
      if (key != null && !covered && !inside(h.start(), quotes)) {
        out.add(new Candidate(key, h.start(), h.end(), false, false));
      }
    }
  }

  /** "she" and "he" outside quotes, resolved to the last person of that gender before them. */
  private static void pronouns(
      StorySentence s, Actors actors, List<int[]> quotes, List<Candidate> out) {
    Matcher p = PRONOUN.matcher(s.sentence().text());
    while (p.find()) {
      String key =
          inside(p.start(), quotes)
              ? null
              : actors.pronoun(
                  s.article().id(), s.index(), p.start(), PersonNames.ofPronoun(p.group()));
      Actors.Info info = key == null ? null : actors.info(key);
      boolean person = info == null || info.kind() == EntityKind.PERSON;
      if (key != null && person && !actors.isOutlet(key)) {
        out.add(new Candidate(key, p.start(), p.end(), false, false));
      }
    }
  }

  /** The longest directly quoted passage of three or more words, trimmed of end commas; or null. */
  public static String quote(String text) {
    String best = null;
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      String q = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      q = q.replaceAll("[,;:]+$", "").strip();
      if (Vectorizer.words(q).size() >= 3 && (best == null || q.length() > best.length())) {
        best = q;
      }
    }
    return best;
  }

  static List<int[]> quoteSpans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static boolean inside(int pos, List<int[]> spans) {
    for (int[] s : spans) {
      if (pos >= s[0] && pos < s[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A possible speaker. {@code subjectOnly} marks a name the recogniser could not type: it may be
   * the subject before a reporting verb ("Aksel Brun, a police spokesman, said") but is never taken
   * from after the verb, where objects and places stand.
   */
  private record Candidate(String key, int start, int end, boolean subjectOnly, boolean place) {}

  private static boolean capitalised(String text) {
    String t = text.strip();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }
}
