package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named entities of a story: a display name per key, how many articles mention each, and the
 * resolution of a bare surname ("Ms. Okafor", key "okafor") to the full name mentioned in the story
 * ("adaeze okafor"). Immutable once built.
 */
final class Actors {
  private static final Pattern HONORIFIC =
      Pattern.compile("^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen)\\.?\\s", Pattern.CASE_INSENSITIVE);

  private final Map<String, Info> byKey;
  private final Map<String, String> surnameToKey;
  private final Set<String> outlets;

  private Actors(Map<String, Info> byKey, Map<String, String> surnameToKey, Set<String> outlets) {
    this.byKey = byKey;
    this.surnameToKey = surnameToKey;
    this.outlets = outlets;
  }

  /** What the story says about one entity key. */
  record Info(String key, EntityKind kind, String name, int articles, int mentions) {}

  static Actors of(List<AnalyzedArticle> articles) {
    Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
    Map<String, Set<String>> docs = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      List<EntityMention> all = new ArrayList<>(a.titleEntities());
      for (AnalyzedSentence s : a.sentences()) {
        all.addAll(s.entities());
      }
      for (EntityMention m : all) {
        mentions.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        docs.computeIfAbsent(m.key(), k -> new HashSet<>()).add(a.id());
      }
    }
    Map<String, String> surnames = surnames(mentions);
    Map<String, Info> byKey = new LinkedHashMap<>();
    mentions.forEach(
        (key, ms) -> {
          String canonical = surnames.getOrDefault(key, key);
          Info prev = byKey.get(canonical);
          Info info = info(canonical, ms, docs.get(key).size());
          byKey.put(canonical, prev == null ? info : merge(prev, info));
        });
    Set<String> outlets = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      if (a.article().source() != null) {
        outlets.add(outletKey(a.article().source()));
      }
    }
    return new Actors(Map.copyOf(byKey), Map.copyOf(surnames), Set.copyOf(outlets));
  }

  private static String outletKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
  }

  /** True when the entity key names an outlet of the story (a listener, never a speaker). */
  boolean isOutlet(String key) {
    return outlets.contains(outletKey(key));
  }

  /** Single-word person keys that are the surname of exactly one longer person key. */
  private static Map<String, String> surnames(Map<String, List<EntityMention>> mentions) {
    Map<String, Set<String>> fullBySurname = new HashMap<>();
    for (Map.Entry<String, List<EntityMention>> e : mentions.entrySet()) {
      String[] parts = e.getKey().split("\\s+");
      if (parts.length > 1 && kind(e.getValue()) == EntityKind.PERSON) {
        fullBySurname.computeIfAbsent(parts[parts.length - 1], k -> new HashSet<>()).add(e.getKey());
      }
    }
    Map<String, String> out = new HashMap<>();
    fullBySurname.forEach(
        (surname, keys) -> {
          if (keys.size() == 1) {
            out.put(surname, keys.iterator().next());
          }
        });
    return out;
  }

  private static Info info(String key, List<EntityMention> ms, int docs) {
    String name =
        ms.stream()
            .map(m -> m.text().strip())
            .filter(t -> !HONORIFIC.matcher(t).find())
            .max(Comparator.comparingInt(String::length))
            .orElse(ms.get(0).text().strip());
    return new Info(key, kind(ms), name, docs, ms.size());
  }

  private static Info merge(Info a, Info b) {
    String name = a.name().length() >= b.name().length() ? a.name() : b.name();
    EntityKind kind = a.kind() == EntityKind.OTHER ? b.kind() : a.kind();
    return new Info(
        a.key(), kind, name, Math.max(a.articles(), b.articles()), a.mentions() + b.mentions());
  }

  private static EntityKind kind(List<EntityMention> ms) {
    Map<EntityKind, Integer> votes = new HashMap<>();
    ms.forEach(m -> votes.merge(m.kind(), 1, Integer::sum));
    return votes.entrySet().stream()
        .max(Map.Entry.<EntityKind, Integer>comparingByValue()
            .thenComparing(e -> e.getKey() != EntityKind.OTHER))
        .map(Map.Entry::getKey)
        .orElse(EntityKind.OTHER);
  }

  /** The key a mention's key stands for (a bare surname resolves to the full name). */
  String canonical(String key) {
    return surnameToKey.getOrDefault(key, key);
  }

  /** The full-name key for a surname as written after an honorific, or null. */
  String bySurname(String surname) {
    return surnameToKey.get(surname.toLowerCase(Locale.ROOT));
  }

  Info info(String key) {
    return byKey.get(canonical(key));
  }

  /** Display name of an entity key, or the key itself when unknown. */
  String name(String key) {
    Info i = info(key);
    return i == null ? key : i.name();
  }

  /** The entities that matter most to the story: mentioned by most articles, then most often. */
  List<Info> top(int n, Set<EntityKind> kinds) {
    return byKey.values().stream()
        .filter(i -> kinds.contains(i.kind()))
        .sorted(Comparator.comparingInt(Info::articles)
            .thenComparingInt(Info::mentions)
            .reversed())
        .limit(n)
        .toList();
  }
}
