package dev.storyline.brief.actor;

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
 * ("adaeze okafor"). In context ({@link #resolve}), a surname goes to the full name with that
 * surname mentioned nearest before it in the same article, never to one whose first name has the
 * other gender than the honorific ("Mrs. Clinton" is not Bill Clinton); a subject pronoun goes to
 * the person mentioned last before it, or the first of the sentence before ({@link #pronoun}).
 * Immutable once built.
 */
public final class Actors {
  private static final Pattern HONORIFIC =
      Pattern.compile("^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen)\\.?\\s", Pattern.CASE_INSENSITIVE);

  private final Map<String, Info> byKey;
  private final Map<String, String> surnameToKey;
  private final Set<String> outlets;
  private final Mentions mentions;

  private Actors(
      Map<String, Info> byKey,
      Map<String, String> surnameToKey,
      Set<String> outlets,
      Mentions mentions) {
    this.byKey = byKey;
    this.surnameToKey = surnameToKey;
    this.outlets = outlets;
    this.mentions = mentions;
  }

  /**
   * What the story says about one entity key: its kind by the majority of its mentions, and the
   * kind its typed mentions give ({@code typed}: "Todd Akin's comments", typed by no rule, does not
   * outvote "Rep. Todd Akin"), which tells whom a line's words are against.
   */
  public record Info(
      String key, EntityKind kind, String name, int articles, int mentions, EntityKind typed) {}

  public static Actors of(List<AnalyzedArticle> articles) {
    Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
    Map<String, Set<String>> docs = new HashMap<>();
    Map<String, Set<PersonNames.Gender>> titled = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      List<Map.Entry<EntityMention, String>> all = new ArrayList<>();
      a.titleEntities().forEach(m -> all.add(Map.entry(m, a.article().title())));
      for (AnalyzedSentence s : a.sentences()) {
        s.entities().forEach(m -> all.add(Map.entry(m, s.text())));
      }
      all.forEach(
          e -> {
            EntityMention m = e.getKey();
            String text = e.getValue();
            mentions.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            docs.computeIfAbsent(m.key(), k -> new HashSet<>()).add(a.id());
            titled
                .computeIfAbsent(m.key(), k -> new HashSet<>())
                .add(PersonNames.ofHonorific(text, m.start(), m.text()));
          });
    }
    Set<String> outlets = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      if (a.article().source() != null) {
        outlets.add(outletKey(a.article().source()));
      }
    }
    Map<String, String> runIn = RunInNames.of(mentions, outlets);
    RunInNames.fold(mentions, docs, titled, runIn);
    Map<String, EntityKind> kinds = new HashMap<>();
    mentions.forEach((key, ms) -> kinds.put(key, kind(ms)));
    Map<String, Set<String>> full = fullNames(mentions, kinds);
    Map<String, String> surnames = surnames(full, titled);
    Map<String, String> aliases = new HashMap<>(surnames);
    runIn.forEach((from, to) -> aliases.put(from, surnames.getOrDefault(to, to)));
    Map<String, Info> byKey = new LinkedHashMap<>();
    mentions.forEach(
        (key, ms) -> {
          String canonical = surnames.getOrDefault(key, key);
          Info prev = byKey.get(canonical);
          Info info = info(canonical, ms, kinds.get(key), docs.get(key).size(), outlets);
          byKey.put(canonical, prev == null ? info : merge(prev, info));
        });
    Mentions resolved = Mentions.of(articles, full, surnames, kinds);
    // in the order the story names them (Map.copyOf's order changes from one run to the next)
    return new Actors(
        java.util.Collections.unmodifiableMap(byKey),
        Map.copyOf(aliases),
        Set.copyOf(outlets),
        resolved);
  }

  /**
   * Multi-word person keys by their last word (the surname), and by the surname without an Arabic
   * particle ("Bashar al-Assad" by "al-assad" and "assad").
   */
  private static Map<String, Set<String>> fullNames(
      Map<String, List<EntityMention>> mentions, Map<String, EntityKind> kinds) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String key : mentions.keySet()) {
      String[] parts = key.split("\\s+");
      if (parts.length > 1 && kinds.get(key) == EntityKind.PERSON) {
        String last = parts[parts.length - 1];
        out.computeIfAbsent(last, k -> new java.util.TreeSet<>()).add(key);
        String bare = PARTICLE.matcher(last).replaceFirst("");
        if (!bare.equals(last) && !bare.isEmpty()) {
          out.computeIfAbsent(bare, k -> new java.util.TreeSet<>()).add(key);
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern PARTICLE =
      java.util.regex.Pattern.compile("^(?:al|el|ad|as|an|ar|at)-");

  /**
   * The key a mention stands for at its place in the story: a surname resolves to the full name of
   * the same article mentioned nearest before it and not of the other gender than its honorific.
   */
  public String resolve(String articleId, int sentence, EntityMention m) {
    String key = mentions.resolved(articleId, sentence, m.start());
    return canonical(key != null ? key : m.key());
  }

  /**
   * The key of a surname written after an honorific ("Ms. Okafor") at a place of the story, or null
   * when no full name of the story fits.
   */
  String resolveSurname(
      String articleId, int sentence, int start, String surname, PersonNames.Gender gender) {
    return mentions.surname(articleId, sentence, start, surname.toLowerCase(Locale.ROOT), gender);
  }

  /**
   * The person a subject pronoun of the given gender refers to: the last person mentioned outside
   * quotation marks before {@code start} in its sentence, or else the first of the latest sentence
   * before that names one (its subject), skipping those of the other gender, when that is a full
   * name of a person (by the story's majority kind) known to be of the pronoun's gender (title or
   * first name), in this sentence or the two before; else null.
   */
  String pronoun(String articleId, int sentence, int start, PersonNames.Gender gender) {
    return mentions.pronoun(articleId, sentence, start, gender);
  }

  static String outletKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
  }

  /** True when the entity key names an outlet of the story (a listener, never a speaker). */
  public boolean isOutlet(String key) {
    return outlets.contains(outletKey(key));
  }

  /**
   * Single-word person keys that are the surname of exactly one longer person key, unless a mention
   * of the surname has an honorific of the other gender ("Mrs. Clinton" when only Bill Clinton is
   * named in full).
   */
  private static Map<String, String> surnames(
      Map<String, Set<String>> fullNames, Map<String, Set<PersonNames.Gender>> titled) {
    Map<String, String> out = new HashMap<>();
    fullNames.forEach(
        (surname, keys) -> {
          String full = keys.iterator().next();
          PersonNames.Gender gender = PersonNames.ofKey(full);
          boolean conflict =
              titled.getOrDefault(surname, Set.of()).stream().anyMatch(g -> g.conflicts(gender));
          if (keys.size() == 1 && !conflict) {
            out.put(surname, full);
          }
        });
    return out;
  }

  /** A name ending in a possessive ("BP's"). */
  private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("['’]s$");

  /** Names without a possessive first, then the longer: "BP" before "BP's". */
  private static final Comparator<String> OWNER_FIRST =
      Comparator.comparing((String t) -> !OWNER.matcher(t).find()).thenComparingInt(String::length);

  private static Info info(
      String key, List<EntityMention> ms, EntityKind kind, int docs, Set<String> outlets) {
    java.util.function.Function<String, String> plain =
        t -> kind == EntityKind.PERSON ? RunInNames.withoutOutlet(t, outlets) : t;
    String longest =
        ms.stream().map(m -> plain.apply(m.text().strip())).max(OWNER_FIRST).orElse(key);
    // "Ms. Adaeze Okafor" shows as "Adaeze Okafor"; a bare "Mrs. Clinton" keeps its title
    String fallback = key.contains(" ") ? HONORIFIC.matcher(longest).replaceFirst("") : longest;
    // "BP" rather than the longer "BP's" of "BP's shares"
    String name =
        ms.stream()
            .map(m -> plain.apply(m.text().strip()))
            .filter(t -> !HONORIFIC.matcher(t).find())
            .max(OWNER_FIRST)
            .orElse(fallback);
    return new Info(key, kind, name, docs, ms.size(), typedKind(ms));
  }

  private static Info merge(Info a, Info b) {
    String name = OWNER_FIRST.compare(a.name(), b.name()) >= 0 ? a.name() : b.name();
    EntityKind kind = a.kind() == EntityKind.OTHER ? b.kind() : a.kind();
    EntityKind typed = a.typed() == EntityKind.OTHER ? b.typed() : a.typed();
    int articles = Math.max(a.articles(), b.articles());
    return new Info(a.key(), kind, name, articles, a.mentions() + b.mentions(), typed);
  }

  static EntityKind kind(List<EntityMention> ms) {
    return majority(ms.stream());
  }

  /** The majority kind of the mentions a rule typed; OTHER when none was. */
  static EntityKind typedKind(List<EntityMention> ms) {
    return majority(ms.stream().filter(m -> m.kind() != EntityKind.OTHER));
  }

  private static EntityKind majority(java.util.stream.Stream<EntityMention> ms) {
    // an EnumMap: a tie goes to the kind declared first, the same in every run (a HashMap of enum
    // keys iterates in identity-hash order, which changes from one JVM to the next)
    Map<EntityKind, Integer> votes = new java.util.EnumMap<>(EntityKind.class);
    ms.forEach(m -> votes.merge(m.kind(), 1, Integer::sum));
    return votes.entrySet().stream()
        .max(
            Map.Entry.<EntityKind, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() != EntityKind.OTHER))
        .map(Map.Entry::getKey)
        .orElse(EntityKind.OTHER);
  }

  /** The key a mention's key stands for (a bare surname resolves to the full name). */
  public String canonical(String key) {
    return surnameToKey.getOrDefault(key, key);
  }

  public Info info(String key) {
    return byKey.get(canonical(key));
  }

  /** Display name of an entity key, or the key itself when unknown. */
  String name(String key) {
    Info i = info(key);
    return i == null ? key : i.name();
  }

  /**
   * The entities that matter most to the story: mentioned by most articles, then most often, then
   * by key (the same list in every run).
   */
  public List<Info> top(int n, Set<EntityKind> kinds) {
    return byKey.values().stream()
        .filter(i -> kinds.contains(i.kind()))
        .sorted(
            Comparator.comparingInt(Info::articles)
                .thenComparingInt(Info::mentions)
                .reversed()
                .thenComparing(Info::key))
        .limit(n)
        .toList();
  }
}
