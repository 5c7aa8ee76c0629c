package dev.storyline.brief.actor;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
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
  /** After a name, a document it names ("the Butler report said"): the document is no speaker. */
  private static final Pattern THING_AFTER =
      Pattern.compile("^(?:['’]s?)?\\s+(?:report|inquiry|review|memo|doctrine|study|audit)\\b");

  private static final Pattern HONORIFIC_NAME =
      Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Ss]he|[Hh]e)\\b");
  private static final Pattern VERB = CueLexicon.REPORTING_VERB;
  private static final Pattern INVERSION = Pattern.compile("(?:^|[,\"”’'])\\s*$");

  /** A clause reported by a verb ("testified that", "told the court that"). */
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:said|says|say|testified|testifies|alleged|alleges|stated|states|wrote|writes"
              + "|argued|argues|insisted|insists|added|told \\p{L}+(?: \\p{L}+)?)"
              + "(?:\\s+(?:on|in|at)\\s+\\p{L}+)?\\s+that\\s");

  private static final Pattern BREAK = Pattern.compile("[,;:\"“”]");

  private static final Pattern SPEECH =
      Pattern.compile("(?i)said|says|say|told|tells|added|stated|insisted|argued|claimed|claims");

  /**
   * A clause of what has not been said yet, right before its subject: "before the ministry tells
   * us", "until the court says", "if the board decides".
   */
  private static final Pattern NOT_YET =
      Pattern.compile("(?i)\\b(?:before|until|unless|if|once|whether)\\s+(?:the\\s+)?$");

  /** Lower-case words of an office between a name and the person holding it. */
  private static final Pattern OFFICE_GAP =
      Pattern.compile("\\s+(?!and\\b|or\\b)(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}");

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

  /**
   * A speaker found in a sentence: the reporting verb at {@code verbStart} to {@code verbEnd}, the
   * words naming the speaker at {@code nameStart} to {@code nameEnd}.
   */
  public record Speaker(
      String key, String name, int verbStart, int verbEnd, int nameStart, int nameEnd) {}

  /** The speaker of the sentence, or null when no reporting verb has a named actor. */
  public static Speaker speaker(StorySentence s, Actors actors) {
    String text = s.sentence().text();
    Matcher verb = VERB.matcher(text);
    if (!verb.find()) {
      return null;
    }
    verb.reset();
    List<int[]> quotes = quoteSpans(text);
    List<Subjects.Candidate> names = candidates(s, actors, quotes);
    int unnamed = -1;
    while (verb.find()) {
      if (Quotations.inside(verb.start(), quotes)) {
        continue;
      }
      Subjects.Candidate c = resolve(text, verb, names);
      boolean reported =
          c != null
              && c.start() < verb.start()
              && (REPORTED.matcher(text.substring(0, c.start())).find()
                  || (unnamed >= 0
                      && c.start() > unnamed
                      && !BREAK.matcher(text.substring(unnamed, c.start())).find()));
      if (c != null
          && c.start() < verb.start()
          && NOT_YET.matcher(text.substring(0, c.start())).find()) {
        continue;
      }
      if (reported) {
        // "a detective testified that Dr Ferd said…", "the detective said Dr Ferd admitted…":
        // Ferd's words are what someone unnamed reports
        return null;
      }
      if (c != null) {
        Speaker found =
            new Speaker(
                c.key(), actors.name(c.key()), verb.start(), verb.end(), c.start(), c.end());
        return anotherSpeaker(text, verb, names, quotes, c.key()) ? null : found;
      }
      unnamed = unnamed < 0 ? verb.end() : unnamed;
    }
    return null;
  }

  /** A later verb of speech with its own subject ("…, according to the UN, and the king says…"). */
  private static boolean anotherSpeaker(
      String text, Matcher verb, List<Subjects.Candidate> names, List<int[]> quotes, String key) {
    int from = verb.end();
    boolean source = verb.group().equalsIgnoreCase("according to");
    while (verb.find()) {
      boolean speech = SPEECH.matcher(verb.group()).matches();
      Subjects.Candidate c =
          !speech || Quotations.inside(verb.start(), quotes) ? null : resolve(text, verb, names);
      if (c != null
          && !c.key().equals(key)
          && c.start() >= from
          && c.start() < verb.start()
          && (source || BREAK.matcher(text.substring(from, c.start())).find())
          && text.substring(verb.end()).strip().split("\\s+").length > 5) {
        return true;
      }
    }
    return false;
  }

  private static Subjects.Candidate resolve(
      String text, Matcher verb, List<Subjects.Candidate> names) {
    boolean passive = text.startsWith(" by ", verb.end());
    if (!verb.group().equalsIgnoreCase("according to") && !passive) {
      Subjects.Candidate subject = Subjects.subject(text, verb.start(), names);
      if (subject != null) {
        // a place does not speak ("Sao Paulo", "the Gulf") unless it names its speaker's seat
        return subject.place() ? null : subject;
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
    for (int i = 0; i < names.size(); i++) {
      Subjects.Candidate c = names.get(i);
      if (!c.subjectOnly()
          && !c.place()
          && c.start() >= verb.end()
          && AFTER_GAP.matcher(text.substring(verb.end(), c.start())).matches()) {
        return titleOf(text, names, i);
      }
    }
    return null;
  }

  /**
   * The person a name's title leads to: in "said Obama campaign manager Jim Messina" Obama only
   * qualifies the office of Messina, who speaks.
   */
  private static Subjects.Candidate titleOf(String text, List<Subjects.Candidate> names, int i) {
    Subjects.Candidate c = names.get(i);
    if (i + 1 < names.size()) {
      Subjects.Candidate next = names.get(i + 1);
      if (next.person()
          && next.start() >= c.end()
          && OFFICE_GAP.matcher(text.substring(c.end(), next.start())).matches()) {
        return next;
      }
    }
    return c;
  }

  /** Person and organisation mentions outside quotes, plus "Ms. Surname" resolved by surname. */
  private static List<Subjects.Candidate> candidates(
      StorySentence s, Actors actors, List<int[]> quotes) {
    List<Subjects.Candidate> out = new ArrayList<>();
    for (EntityMention m : s.sentence().entities()) {
      Actors.Info info = actors.info(m.key());
      EntityKind kind = info == null ? m.kind() : info.kind();
      boolean valid = m.start() >= 0 && m.end() <= s.sentence().text().length();
      boolean named = kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION;
      // a place is kept to find whose seat it is ("Rick Perry of Texas said") but never speaks
      boolean place = kind == EntityKind.PLACE;
      boolean unknown = (kind == EntityKind.OTHER || place) && Subjects.capitalised(m.text());
      boolean speaks = place || SpeakerNames.maySpeak(m.text(), kind);
      speaks &= !valid || !THING_AFTER.matcher(s.sentence().text().substring(m.end())).find();
      if (valid
          && speaks
          && (named || unknown)
          && !Quotations.inside(m.start(), quotes)
          && !actors.isOutlet(m.key())) {
        out.add(
            new Subjects.Candidate(
                actors.resolve(s.article().id(), s.index(), m),
                m.start(),
                m.end(),
                !named,
                place,
                kind == EntityKind.PERSON || m.kind() == EntityKind.PERSON));
      }
    }
    honorifics(s, actors, quotes, out);
    pronouns(s, actors, quotes, out);
    out.sort(Comparator.comparingInt(Subjects.Candidate::start));
    return out;
  }

  /** "Ms. Surname" the recogniser missed, resolved to the story's full name that fits. */
  private static void honorifics(
      StorySentence s, Actors actors, List<int[]> quotes, List<Subjects.Candidate> out) {
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
      boolean covered = out.stream().anyMatch(c -> c.start() <= h.start(1) && c.end() >= h.end(1));
      if (key != null && !covered && !Quotations.inside(h.start(), quotes)) {
        out.add(new Subjects.Candidate(key, h.start(), h.end(), false, false, true));
      }
    }
  }

  /** "she" and "he" outside quotes, resolved to the last person of that gender before them. */
  private static void pronouns(
      StorySentence s, Actors actors, List<int[]> quotes, List<Subjects.Candidate> out) {
    Matcher p = PRONOUN.matcher(s.sentence().text());
    while (p.find()) {
      String key =
          Quotations.inside(p.start(), quotes)
              ? null
              : actors.pronoun(
                  s.article().id(), s.index(), p.start(), PersonNames.ofPronoun(p.group()));
      Actors.Info info = key == null ? null : actors.info(key);
      boolean person = info == null || info.kind() == EntityKind.PERSON;
      // a person named after "he" or quoted is not "he": "He accused Obama", "“…Putin,” he said"
      int at = p.end();
      boolean named =
          key != null
              && s.sentence().entities().stream()
                  .filter(m -> m.start() >= at || Quotations.inside(m.start(), quotes))
                  .anyMatch(m -> key.equals(actors.resolve(s.article().id(), s.index(), m)));
      if (key != null && person && !named && !actors.isOutlet(key)) {
        out.add(new Subjects.Candidate(key, p.start(), p.end(), false, false, true));
      }
    }
  }

  static List<int[]> quoteSpans(String text) {
    return dev.storyline.brief.text.QuoteMarks.spans(text);
  }
}
