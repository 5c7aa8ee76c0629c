package dev.storyline.brief.actor;

import dev.storyline.domain.EntityKind;
import dev.storyline.words.WordLists;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as speakers: which recognised names may speak at all, and which keys of a story name the
 * same actor. A text, rule or idea ("the Constitution", "the 14th Amendment", "the Bush Doctrine"),
 * a party word in the singular ("Republican claims", "the Arizona Republican", an anaphor whose
 * name comes elsewhere), "sources", a cut treebank or market code ("RRB-", "L)"), a handle
 * ("harbourfan77") never speak. Two person keys are one actor when they share the surname and a
 * given name ("House Speaker Nancy Pelosi", "Nancy Pelosi"; "Ben" and "Benjamin" as a prefix), or
 * when one is the bare surname and only one full name of the story has it; an acronym is one actor
 * with the name whose initials it spells ("ACLU", "American Civil Liberties Union").
 */
public final class SpeakerNames {
  private static final Map<String, Set<String>> LEXICON =
      WordLists.read(SpeakerNames.class, "/analyze/entity-lexicon.txt");
  private static final Set<String> TITLES =
      union("titles", "title_modifiers", Set.of("adviser", "advisor", "press", "leader"));
  private static final Set<String> THINGS =
      Set.of(
          "amendment",
          "constitution",
          "doctrine",
          "act",
          "bill",
          "treaty",
          "clause",
          "resolution",
          "statute",
          "report",
          "memo",
          "ruling");
  private static final Set<String> PARTY_MEMBER =
      Set.of("republican", "democrat", "democratic", "conservative", "liberal", "gop");
  private static final Set<String> NOT_ACTORS =
      Set.of(
          "sources", "source", "reports", "records", "two", "three", "four", "five", "six", "seven",
          "eight", "nine", "ten", "several", "many", "both", "member", "members");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> LINKS = Set.of("of", "the", "for", "and", "on", "&");
  private static final Pattern CODE = Pattern.compile("(?i).*(?:-$|\\b-?[lr][rcs]b-).*|[^(]*\\)");

  /**
   * A reader's or commenter's handle, no name: one word in lower case ("harbourfan"), with figures
   * after letters in lower case ("art600") or with an underscore ("sea_dog").
   */
  private static final Pattern HANDLE =
      Pattern.compile("\\p{Ll}+|\\p{Ll}[\\p{L}.-]*\\d+|[\\p{L}\\d.-]*_[\\p{L}\\d_.-]*");

  private SpeakerNames() {}

  /** False for a recognised name that cannot be who says something (see the class comment). */
  public static boolean maySpeak(String surface, EntityKind kind) {
    String t = surface.strip();
    // "OP2" (a paragraph of a resolution): a code of capitals and figures is no speaker
    boolean code = kind != EntityKind.ORGANIZATION && t.matches("\\p{Lu}{1,4}\\d+");
    if (t.isEmpty() || code || CODE.matcher(t).matches() || HANDLE.matcher(t).matches()) {
      return false;
    }
    List<String> words = words(t);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (THINGS.contains(last) || PARTY_MEMBER.contains(last)) {
      return false;
    }
    if (words.size() == 1 && NOT_ACTORS.contains(last)) {
      return false;
    }
    // "the Haiti", "the Office": one common word after "the" that the recogniser could not type
    boolean theWord = t.toLowerCase(Locale.ROOT).startsWith("the ") && words.size() == 2;
    return !(theWord
        && kind != EntityKind.ORGANIZATION
        && !t.substring(4).equals(t.substring(4).toUpperCase(Locale.ROOT)));
  }

  /**
   * For each of {@code keys}, the key of the actor it is merged into (itself when alone); the
   * merged actor takes the key mentioned most in the story.
   */
  public static Map<String, String> merge(Collection<String> keys, Actors actors) {
    List<String> list = new ArrayList<>(keys);
    list.sort(
        java.util.Comparator.comparingInt((String k) -> mentions(actors, k))
            .reversed()
            .thenComparing(k -> k));
    Map<String, List<String>> names = new LinkedHashMap<>();
    Map<String, String> initials = new java.util.HashMap<>();
    list.forEach(
        k -> {
          names.put(k, personal(k));
          List<String> w = words(k);
          if (w.size() >= 2 && last(w).length() == 1) {
            initials.put(k, last(w));
          }
        });
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : list) {
      String into = k;
      for (String head : list) {
        if (head.equals(k)) {
          break;
        }
        if (out.get(head).equals(head) && same(head, k, names, initials, actors)) {
          into = head;
          break;
        }
      }
      out.put(k, into);
    }
    return out;
  }

  private static int mentions(Actors actors, String key) {
    Actors.Info i = actors.info(key);
    return i == null ? 0 : i.mentions();
  }

  /**
   * True when the two keys name one actor of the story whose actor keys are those of {@code all}
   * (each with its {@link #personal} words).
   */
  private static boolean same(
      String a,
      String b,
      Map<String, List<String>> all,
      Map<String, String> initials,
      Actors actors) {
    Actors.Info ia = actors.info(a);
    Actors.Info ib = actors.info(b);
    // names the recogniser could not type are often people's ("Santorum said")
    boolean persons = ia != null && ib != null && personLike(ia) && personLike(ib);
    if (!persons) {
      return acronymOf(a, b) || acronymOf(b, a) || bare(a).equals(bare(b));
    }
    List<String> pa = all.get(a);
    List<String> pb = all.get(b);
    if (cutAtInitial(initials.get(a), pa, pb) || cutAtInitial(initials.get(b), pb, pa)) {
      return true;
    }
    if (pa.isEmpty() || pb.isEmpty() || !last(pa).equals(last(pb))) {
      return false;
    }
    if (pa.size() == 1 || pb.size() == 1) {
      // a bare surname joins the full names of the story that have it when they are one person
      String surname = last(pa);
      List<List<String>> full =
          all.values().stream().filter(p -> p.size() > 1 && last(p).equals(surname)).toList();
      return full.stream().allMatch(x -> full.stream().allMatch(y -> givenMatch(x, y)));
    }
    return givenMatch(pa, pb);
  }

  /**
   * True when the two names have the same surname and one of them is the surname alone, after the
   * titles of the entity lexicon ("Dr. Vale" beside "Conrad Vale"): a short and a full name the
   * sources may both use for one person.
   */
  public static boolean surnameAndFullName(String a, String b) {
    List<String> pa = personal(a);
    List<String> pb = personal(b);
    return !pa.isEmpty()
        && !pb.isEmpty()
        && last(pa).equals(last(pb))
        && (pa.size() == 1 || pb.size() == 1);
  }

  /**
   * True when the two full names share a given name: "Ben" and "Benjamin" by prefix, "Mike" and
   * "Michael" or "Jim" and "James" by the common short form.
   */
  private static boolean givenMatch(List<String> pa, List<String> pb) {
    return PersonNames.givenIn(pa.subList(0, pa.size() - 1), pb.subList(0, pb.size() - 1));
  }

  /**
   * A person's name or one the recogniser could not type; an organisation only when a title in it
   * shows a person ("White House Press Secretary Jay Carney").
   */
  private static boolean personLike(Actors.Info i) {
    return switch (i.kind()) {
      case PERSON, OTHER -> true;
      case ORGANIZATION -> personal(i.key()).size() < words(i.key()).size();
      default -> false;
    };
  }

  /** The name's words after its titles, without initials: given names, surname (with "jr"). */
  static List<String> personal(String key) {
    List<String> w = words(key);
    int start = 0;
    for (int i = 0; i < w.size() - 1; i++) {
      if (TITLES.contains(w.get(i))) {
        start = i + 1;
      }
    }
    List<String> out = new ArrayList<>();
    for (String x : w.subList(start, w.size())) {
      if (SUFFIXES.contains(x) && !out.isEmpty()) {
        // "Trump Jr." is not Trump: the suffix belongs to the surname
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + x);
      } else if (x.length() > 1) {
        out.add(x);
      }
    }
    return out;
  }

  private static boolean acronymOf(String acronym, String name) {
    String a = bare(acronym).replace(".", "");
    if (a.contains(" ") || a.length() < 2 || a.length() > 6) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words(name)) {
      if (!LINKS.contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() > 1 && initials.toString().equals(a);
  }

  private static String bare(String key) {
    return key.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").strip();
  }

  /**
   * True when a name the recogniser cut at a middle initial ({@code initial}, "h" of "Eric H" of
   * "Eric H. Holder Jr.", given names {@code given}; null for a whole name) is {@code full}: a full
   * name with those given names and a surname of that initial.
   */
  private static boolean cutAtInitial(String initial, List<String> given, List<String> full) {
    return initial != null
        && !given.isEmpty()
        && full.size() >= 2
        && last(full).startsWith(initial)
        && PersonNames.givenIn(given, full.subList(0, full.size() - 1));
  }

  private static String last(List<String> w) {
    return w.get(w.size() - 1);
  }

  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private static List<String> words(String t) {
    List<String> out = new ArrayList<>();
    for (String w : t.toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+")) {
      String x = POSSESSIVE.matcher(EDGES.matcher(w).replaceAll("")).replaceAll("");
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  private static Set<String> union(String a, String b, Set<String> more) {
    Set<String> out = new HashSet<>(LEXICON.getOrDefault(a, Set.of()));
    out.addAll(LEXICON.getOrDefault(b, Set.of()));
    out.addAll(more);
    return Set.copyOf(out);
  }
}
