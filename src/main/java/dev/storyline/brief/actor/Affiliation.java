package dev.storyline.brief.actor;

import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party each actor of a story belongs to, as the text says it: a party tag or word in the name
 * ("House Republicans"), right before it ("Democratic Sen. Ana Ruiz", "GOP leader X") or in the
 * apposition after it ("Mark Warner, the top Democrat on the committee,", "Mitch McConnell
 * (R-Ky.)", "Paul Ryan, Republican of Wisconsin"). A spokesperson, lawyer or aide "for X" speaks
 * for X's party, and so does "X spokesman Y"; a person named with their organisation in apposition
 * ("Jo Lee, leader of the Dock Union") has it as their principal too. Each mention votes; the
 * majority wins. Immutable once built.
 */
public final class Affiliation {
  /** A party. */
  public enum Party {
    REPUBLICAN("Republicans"),
    DEMOCRAT("Democrats");

    public final String camp;

    Party(String camp) {
      this.camp = camp;
    }
  }

  private static final Pattern REP =
      Pattern.compile(
          "\\bRepublicans?\\b(?![’'])|\\bGOP\\b|\\bG\\.O\\.P\\.|(?:^|[(,]\\s*)R-\\p{Lu}|\\bR\\.?-\\p{Lu}");
  private static final Pattern DEM =
      Pattern.compile("\\bDemocrat(?:s|ic)?\\b(?![’'])|(?:^|[(,]\\s*)D-\\p{Lu}|\\bD\\.?-\\p{Lu}");
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:Republican|Democratic|Democrat|GOP|G\\.O\\.P\\.)\\s+(?:[\\p{L}.]+\\s+){0,3}$");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^\\s*(?:,|\\()\\s*+(?!(?:who|which|whose|that|where|when|after|before|as|in|on|but|and)\\b)"
              + "([^,()]{1,90})");

  /** Where a relative clause starts inside an apposition. */
  private static final Pattern RELATIVE = Pattern.compile("\\s(?:that|which|who|whom|whose)\\s");

  private static final Pattern SPEAKS_FOR =
      Pattern.compile(
          "(?:spokes(?:wo)?man|spokesperson|press secretary|lawyer|attorney|aide|adviser|advisor"
              + "|counsel|chief of staff|works|worked)\\s+(?:for|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}$");

  /** "Republican National Committee spokesman Tim Miller": the organisation, then the role. */
  private static final Pattern ROLE_OF =
      Pattern.compile(
          "^['’]?s?\\s+(?:spokes(?:wo)?man|spokesperson|press secretary|lawyer|attorney|aide|adviser"
              + "|advisor|counsel|chairman|chairwoman|chair|director|leader)\\s+$");

  /**
   * A person's organisation in apposition: "Jo Lee, leader of the Dock Union", "Ana Ruiz, a
   * professor at Velmar University" (the gap between the person and the organisation).
   */
  private static final Pattern MEMBER_OF =
      Pattern.compile("^,\\s+[^,;.()\"“”]{0,60}?\\b(?:of|for|at|from)\\s+(?:the\\s+)?$");

  private final Map<String, Party> parties;
  private final Map<String, String> principals;

  private Affiliation(Map<String, Party> parties, Map<String, String> principals) {
    this.parties = parties;
    this.principals = principals;
  }

  /** Party by actor key (as resolved by {@code actors}) from every sentence of the story. */
  public static Affiliation of(StoryText text, Actors actors) {
    Map<String, int[]> votes = new HashMap<>();
    Map<String, String> speaksFor = new HashMap<>();
    for (StorySentence s : text.sentences()) {
      String t = s.sentence().text();
      List<EntityMention> ms = s.sentence().entities();
      for (int i = 0; i < ms.size(); i++) {
        EntityMention m = ms.get(i);
        if (m.start() < 0 || m.end() > t.length()) {
          continue;
        }
        String key = actors.resolve(s.article().id(), s.index(), m);
        Party p = party(t, ms, i);
        if (p != null) {
          votes.computeIfAbsent(key, k -> new int[2])[p.ordinal()]++;
        }
        if (i > 0 && ms.get(i - 1).end() <= m.start()) {
          String gap = t.substring(ms.get(i - 1).end(), m.start());
          String before = actors.resolve(s.article().id(), s.index(), ms.get(i - 1));
          if (SPEAKS_FOR.matcher(gap).find()) {
            speaksFor.put(before, key);
          } else if (ROLE_OF.matcher(gap).matches()) {
            speaksFor.put(key, before);
          } else if (ms.get(i - 1).kind() == EntityKind.PERSON
              && m.kind() == EntityKind.ORGANIZATION
              && MEMBER_OF.matcher(gap).matches()) {
            speaksFor.putIfAbsent(before, key);
          }
        }
      }
    }
    Map<String, Party> out = new HashMap<>();
    votes.forEach(
        (k, v) -> {
          if (v[0] != v[1]) {
            out.put(k, v[0] > v[1] ? Party.REPUBLICAN : Party.DEMOCRAT);
          }
        });
    speaksFor.forEach(
        (speaker, principal) -> {
          if (!out.containsKey(speaker) && out.containsKey(principal)) {
            out.put(speaker, out.get(principal));
          }
        });
    return new Affiliation(Map.copyOf(out), Map.copyOf(speaksFor));
  }

  /** The party the text gives the i-th mention in its name, right before it or in apposition. */
  public static Party party(String t, List<EntityMention> ms, int i) {
    EntityMention m = ms.get(i);
    Party own = cue(m.text());
    if (own != null) {
      return own;
    }
    int from = Math.max(i > 0 ? Math.min(ms.get(i - 1).end(), m.start()) : 0, m.start() - 40);
    Matcher before = BEFORE.matcher(t.substring(from, m.start()));
    if (before.find()) {
      return cue(before.group());
    }
    Matcher apposition = APPOSITION.matcher(t.substring(m.end()));
    if (!apposition.find()) {
      return null;
    }
    // "Judge Gorsuch, the Senate Democratic leader, Chuck Schumer, said": the next name's title
    int after = m.end() + apposition.end();
    for (int j = i + 1; j < ms.size(); j++) {
      EntityMention next = ms.get(j);
      if (next.start() >= after) {
        if (t.substring(after, next.start()).matches("\\s*,\\s*")) {
          return null;
        }
        break;
      }
    }
    // "WikiLeaks, the group that released the Democrats' emails": the clause is not the name's
    return cue(RELATIVE.split(apposition.group(1), 2)[0]);
  }

  private static Party cue(String text) {
    boolean r = REP.matcher(text).find();
    boolean d = DEM.matcher(text).find();
    return r == d ? null : r ? Party.REPUBLICAN : Party.DEMOCRAT;
  }

  /**
   * Whom the actor speaks for ("a spokeswoman for X", "X spokesman Y") or belongs to ("Y, leader of
   * X"), or null.
   */
  public String principal(String key) {
    return principals.get(key);
  }

  /** The actor's party, or null when the text does not say. */
  public Party of(String key) {
    return parties.get(key);
  }
}
