package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Affiliation;
import dev.storyline.brief.actor.SpeakerNames;
import dev.storyline.brief.section.SidesWriter.Found;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of {@link SidesWriter}: one actor per person or organisation however the articles name
 * it ({@link SpeakerNames#merge}), its party from any of its names, and the story's main actor
 * (named in the most titles).
 */
final class SidesActors {
  private static final java.util.regex.Pattern RUN_IN =
      java.util.regex.Pattern.compile("^\\S.*?\\s((?:Mr|Mrs|Ms|Dr)\\.?\\s+\\p{Lu}\\S*)$");

  private SidesActors() {}

  /**
   * The stances regrouped so that each actor appears once, under its most mentioned key and its
   * plainest full name ("Nancy Pelosi" rather than "Pelosi" or "House Speaker Nancy Pelosi").
   */
  static Map<String, List<Found>> merged(Map<String, List<Found>> byActor, Actors actors) {
    Map<String, String> into = SpeakerNames.merge(byActor.keySet(), actors);
    Map<String, List<String>> names = new HashMap<>();
    byActor.forEach(
        (key, fs) ->
            names.computeIfAbsent(into.get(key), k -> new ArrayList<>()).add(fs.get(0).name()));
    Map<String, List<Found>> out = new LinkedHashMap<>();
    byActor.forEach(
        (key, fs) -> {
          String head = into.get(key);
          String name = display(names.get(head));
          List<Found> list = out.computeIfAbsent(head, k -> new ArrayList<>());
          fs.forEach(
              f -> list.add(new Found(head, name, f.sent(), f.polarity(), f.quote(), f.origin())));
        });
    return out;
  }

  /**
   * The plainest name with a given name (fewest words), else the longest; words the recogniser ran
   * into a name before an honorific are left out ("Harbourside Mrs Venn" shows as "Mrs Venn"), and
   * the article before a one-word name ("the BP" shows as "BP").
   */
  private static final java.util.regex.Pattern THE_ONE_WORD =
      java.util.regex.Pattern.compile("^the (?=\\S+$)");

  /** A name without "the" before one word ("the BP" is BP, "the Haiti" is Haiti). */
  static String withoutArticle(String name) {
    return THE_ONE_WORD.matcher(name).replaceFirst("");
  }

  static String display(List<String> raw) {
    List<String> names =
        raw.stream()
            .map(n -> RUN_IN.matcher(n.strip()).replaceFirst("$1"))
            .map(SidesActors::withoutArticle)
            .toList();
    return names.stream()
        .filter(n -> n.strip().split("\\s+").length > 1)
        .min(Comparator.comparingInt((String n) -> n.split("\\s+").length).thenComparing(n -> n))
        .orElseGet(() -> names.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
  }

  /** The party any of the actor's names is tied to in the text, or null. */
  static Affiliation.Party party(Affiliation affiliation, List<Found> fs) {
    Affiliation.Party party = affiliation.of(fs.get(0).key());
    for (Found f : fs) {
      party = party != null ? party : affiliation.of(f.origin());
    }
    return party;
  }

  /**
   * The actor among {@code keys} that the story is about: the person or organisation named in the
   * titles of the most articles (at least two, or the only one), or null.
   */
  static String main(StoryText text, Actors actors, Collection<String> keys) {
    Map<String, Integer> titles = new HashMap<>();
    for (AnalyzedArticle a : text.articles()) {
      Set<String> seen = new HashSet<>();
      for (EntityMention m : a.titleEntities()) {
        Actors.Info info = actors.info(m.key());
        boolean actor =
            info != null
                && (info.kind() == EntityKind.PERSON || info.kind() == EntityKind.ORGANIZATION);
        if (actor && seen.add(info.key())) {
          titles.merge(info.key(), 1, Integer::sum);
        }
      }
    }
    int need = Math.min(2, text.articles().size());
    String best =
        titles.entrySet().stream()
            .filter(e -> e.getValue() >= need)
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .orElse(null);
    if (best == null) {
      return null;
    }
    Map<String, String> into = SpeakerNames.merge(withKey(keys, best), actors);
    String head = into.get(best);
    return keys.stream().filter(k -> into.get(k).equals(head)).findFirst().orElse(null);
  }

  private static List<String> withKey(Collection<String> keys, String key) {
    List<String> out = new ArrayList<>(keys);
    if (!out.contains(key)) {
      out.add(key);
    }
    return out;
  }

  /** Words that make a speaker an observer of the story: an analyst, a rating agency, a scholar. */
  private static final java.util.regex.Pattern OBSERVER =
      java.util.regex.Pattern.compile(
          "\\b(?:analysts?|economists?|strategists?|experts?|ratings? (?:agency|service|firm)"
              + "|in a (?:research )?note|professor|researcher|think[- ]tank|consultancy"
              + "|research (?:organi[sz]ation|institute|centre|center))\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The rating agencies, observers whatever their line says. */
  private static final java.util.regex.Pattern RATING_AGENCY =
      java.util.regex.Pattern.compile("(?i)^(?:Fitch|Moody's|Moody’s|Standard & Poor's|S&P)\\b");

  /**
   * True when the actor observes the story rather than takes part in it: its line, the words the
   * sources describe it with ({@link GlossFinder}) or the role right after its name name an
   * analyst, an expert, a rating agency or a scholar. An observer's favourable words ("a boost of
   * morale to protesters", "improved visibility of liabilities") assess; they defend no one.
   */
  static boolean observer(StoryText text, Actors actors, ActorStance a) {
    if (OBSERVER.matcher(a.best().sent().text()).find()
        || RATING_AGENCY.matcher(a.best().name()).find()) {
      return true;
    }
    dev.storyline.domain.Line gloss = GlossFinder.find(text, actors, a.best().key());
    if (gloss != null && OBSERVER.matcher(gloss.text()).find()) {
      return true;
    }
    // "Bahadir Dincer, Middle East expert at…": the role right after the name, with no article
    String name = a.best().name().strip();
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    java.util.regex.Pattern role =
        java.util.regex.Pattern.compile(
            "\\b" + java.util.regex.Pattern.quote(surname) + "\\s?,\\s?[^,.;]{0,40}?" + OBSERVER,
            java.util.regex.Pattern.CASE_INSENSITIVE);
    return surname.length() > 2
        && text.sentences().stream().anyMatch(s -> role.matcher(s.text()).find());
  }
}
