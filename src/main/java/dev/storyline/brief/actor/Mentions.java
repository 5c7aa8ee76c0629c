package dev.storyline.brief.actor;

import dev.storyline.brief.actor.PersonNames.Gender;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person mentions of each article in reading order (title first), each resolved to a key of the
 * story: a full name stands for itself; a bare surname goes to the full name with that surname
 * mentioned nearest before it in the article, among those whose gender does not conflict with its
 * honorific; failing that, to the only such full name of the story, or the most mentioned one.
 * Immutable once built.
 */
final class Mentions {
  /** One resolved person mention. */
  private record Seen(
      int sentence, int start, String key, Gender gender, boolean possessive, boolean opens) {
    boolean before(int s, int pos) {
      return sentence < s || (sentence == s && start < pos);
    }
  }

  private final Map<String, List<Seen>> byArticle = new HashMap<>();

  /** A name used as an adjective of a group or an office ("the Obama administration"). */
  private static final java.util.regex.Pattern MODIFIER =
      java.util.regex.Pattern.compile(
          "\\s+(?:administration|campaign|government|era|camp|team|presidency|aides|allies"
              + "|supporters|loyalists|family|foundation|years|doctrine|agenda)\\b");

  /** A name that owns what follows ("Barack Obama's citizenship"). */
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['’](?:s\\b|(?=\\s))");

  private final Map<String, String> resolved = new HashMap<>();
  private final Map<String, Set<String>> fullBySurname;
  private final Map<String, Gender> genders = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, EntityKind> kinds;

  private Mentions(Map<String, Set<String>> fullBySurname, Map<String, EntityKind> kinds) {
    this.fullBySurname = fullBySurname;
    this.kinds = kinds;
  }

  static Mentions of(
      List<AnalyzedArticle> articles,
      Map<String, Set<String>> fullBySurname,
      Map<String, String> uniqueSurnames,
      Map<String, EntityKind> kinds) {
    Mentions out = new Mentions(fullBySurname, kinds);
    fullBySurname
        .values()
        .forEach(keys -> keys.forEach(k -> out.genders.put(k, PersonNames.ofKey(k))));
    for (AnalyzedArticle a : articles) {
      out.each(a, (sentence, text, m) -> out.learnGender(text, m));
    }
    for (AnalyzedArticle a : articles) {
      out.each(a, (sentence, text, m) -> out.add(a.id(), sentence, text, m, uniqueSurnames));
    }
    return out;
  }

  private interface Visitor {
    void visit(int sentence, String text, EntityMention m);
  }

  private void each(AnalyzedArticle a, Visitor v) {
    a.titleEntities().forEach(m -> v.visit(SourceRef.TITLE, a.article().title(), m));
    for (AnalyzedSentence s : a.sentences()) {
      s.entities().forEach(m -> v.visit(s.index(), s.text(), m));
    }
  }

  /** A full name written with an honorific ("Mrs. Ada Okafor") tells its gender. */
  private void learnGender(String text, EntityMention m) {
    if (genders.get(m.key()) == Gender.UNKNOWN) {
      Gender g = PersonNames.ofHonorific(text, m.start(), m.text());
      if (g != Gender.UNKNOWN) {
        genders.put(m.key(), g);
      }
    }
    if (genders.containsKey(m.key())) {
      counts.merge(m.key(), 1, Integer::sum);
    }
  }

  private void add(
      String articleId,
      int sentence,
      String text,
      EntityMention m,
      Map<String, String> uniqueSurnames) {
    boolean full = genders.containsKey(m.key());
    boolean surname = !full && !m.key().contains(" ") && fullBySurname.containsKey(m.key());
    if (!full && !surname && m.kind() != EntityKind.PERSON) {
      return;
    }
    Gender honorific = PersonNames.ofHonorific(text, m.start(), m.text());
    String key =
        full
            ? m.key()
            : surname
                ? pick(articleId, sentence, m.start(), m.key(), honorific)
                : uniqueSurnames.getOrDefault(m.key(), m.key());
    resolved.put(place(articleId, sentence, m.start()), key);
    if (quoted(text, m.start())) {
      return; // a name inside a quotation is talked about, not the one a later "he" or "she" means
    }
    if (MODIFIER.matcher(text).region(m.end(), text.length()).lookingAt()) {
      return; // "the Obama administration, which he criticised": a name used as an adjective
    }
    Gender gender = genders.getOrDefault(key, Gender.UNKNOWN);
    byArticle
        .computeIfAbsent(articleId, k -> new ArrayList<>())
        .add(
            new Seen(
                sentence,
                m.start(),
                key,
                gender == Gender.UNKNOWN ? honorific : gender,
                POSSESSIVE.matcher(text).region(m.end(), text.length()).lookingAt(),
                OPENS.matcher(text).region(0, Math.min(m.start(), text.length())).matches()));
  }

  /** What may stand before a name that opens its sentence: a title of up to three words. */
  private static final java.util.regex.Pattern OPENS =
      java.util.regex.Pattern.compile("[\\s\"“‘'(-]*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}");

  private static boolean quoted(String text, int at) {
    for (int[] q : Attribution.quoteSpans(text)) {
      if (at > q[0] && at < q[1]) {
        return true;
      }
    }
    return false;
  }

  private static String place(String articleId, int sentence, int start) {
    return articleId + "#" + sentence + "@" + start;
  }

  /** The key resolved for the person mention starting at {@code start}, or null when none. */
  String resolved(String articleId, int sentence, int start) {
    return resolved.get(place(articleId, sentence, start));
  }

  /** The full name a surname written at a place stands for, or null when none fits. */
  String surname(String articleId, int sentence, int start, String surname, Gender honorific) {
    if (!fullBySurname.containsKey(surname)) {
      return null;
    }
    String key = pick(articleId, sentence, start, surname, honorific);
    return key.equals(surname) ? null : key;
  }

  /** See the class comment; the bare surname itself when no full name fits. */
  private String pick(String articleId, int sentence, int start, String surname, Gender honorific) {
    List<String> allowed =
        fullBySurname.get(surname).stream()
            .filter(k -> !honorific.conflicts(genders.getOrDefault(k, Gender.UNKNOWN)))
            .toList();
    if (allowed.isEmpty()) {
      return surname;
    }
    List<Seen> seen = byArticle.getOrDefault(articleId, List.of());
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.before(sentence, start) && allowed.contains(s.key())) {
        return s.key();
      }
    }
    if (allowed.size() == 1) {
      return allowed.get(0);
    }
    List<String> byCount = new ArrayList<>(allowed);
    byCount.sort((a, b) -> counts.getOrDefault(b, 0) - counts.getOrDefault(a, 0));
    int top = counts.getOrDefault(byCount.get(0), 0);
    return top > counts.getOrDefault(byCount.get(1), 0) ? byCount.get(0) : surname;
  }

  /**
   * See {@link Actors#pronoun}. A name that owns something ("…questions about Barack Obama's
   * citizenship. He said…") gives way to another name of that gender earlier in its sentence, and
   * in a sentence before the pronoun's the first such name is taken: "he" is far more often the
   * sentence's subject than an owner inside its object or a name in its predicate.
   */
  String pronoun(String articleId, int sentence, int start, Gender gender) {
    List<Seen> seen = byArticle.getOrDefault(articleId, List.of());
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (!s.before(sentence, start) || s.gender().conflicts(gender)) {
        continue;
      }
      if (s.possessive()) {
        for (int j = i - 1; j >= 0 && seen.get(j).sentence() == s.sentence(); j--) {
          Seen o = seen.get(j);
          if (!o.possessive() && !o.key().equals(s.key()) && fits(o, gender)) {
            s = o;
            break;
          }
        }
      } else if (s.sentence() < sentence) {
        // "he" after a sentence's end is that sentence's subject far more often than its last
        // name: "Rubio said Obama wasted… and cast Clinton as his deputy. “…,” he said." The
        // subject is the name that opens it ("Perhaps out of a belief … as it did Bill Clinton …,
        // Mr. Trump dived in" opens with none: its last name stays)
        Seen first = s;
        for (int j = i - 1; j >= 0 && seen.get(j).sentence() == s.sentence(); j--) {
          first = seen.get(j).gender().conflicts(gender) ? first : seen.get(j);
        }
        s = first.opens() && !first.possessive() ? first : s;
      }
      // "he"/"she" needs a name known to be of that gender: a guess on an unknown one goes wrong
      // too often (places and outlets the recogniser typed as people)
      return s.sentence() >= sentence - 2 && fits(s, gender) ? s.key() : null;
    }
    return null;
  }

  private boolean fits(Seen s, Gender gender) {
    return genders.containsKey(s.key())
        && kinds.get(s.key()) == EntityKind.PERSON
        && s.gender() == gender;
  }
}
