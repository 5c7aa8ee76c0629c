package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.regex.Pattern;

/**
 * Whether a stance is about someone or some decision of the story: criticism blames someone and a
 * defence answers for someone, while a warning about a virus or concern about aid delays is about a
 * hazard or a situation. The target is a person or organisation named in what is said (not the
 * speaker, its own words naming it, nor an outlet) or a word naming a decision or those who take it
 * ("the government's response", "the ruling", "the bill"). The words that name the speaker ("WHO
 * spokesman Gregory Hartl said", "said Dr Ana Ruiz of the WHO") are no part of what is said.
 */
final class StanceTarget {
  /**
   * A decision, or those who take one, named without a proper name ("the pact", "the response");
   * "him", a person named before.
   */
  private static final Pattern DECISION =
      Pattern.compile(
          "\\b(?:government|governments|administration|authorities|regime|company|companies"
              + "|management|leadership|response|handling|decision|decisions|policy|policies"
              + "|ruling|verdict|law|laws|ban|prosecut\\w*|defen[cs]e|president|congress"
              + "|lawmakers|party|levy|levies|tax|taxes|fees?|tariffs?|rules?|regulations?"
              + "|scheme|reforms?|mandates?|measures|cuts|closures?|quarantines?|restrictions?"
              + "|sanctions?|strategy|alliance|pact|agreement|him)\\b");

  /** Where the words naming the speaker end after an inverted verb ("said X of the WHO."). */
  private static final Pattern PHRASE_END = Pattern.compile("[,;:.!?\"“”]");

  /** Where the clause of a subject before its verb starts. */
  private static final Pattern CLAUSE_START = Pattern.compile("[,;:\"“”](?!.*[,;:\"“”])");

  private StanceTarget() {}

  /**
   * Where what {@code who} says in {@code s} names someone or some decision: the spans, in the
   * sentence's text, of each such name or word.
   */
  static java.util.List<int[]> spans(StorySentence s, Attribution.Speaker who, Actors actors) {
    String text = s.sentence().text();
    String lower = CueLexicon.lower(text);
    int[][] said = said(text, who);
    java.util.List<int[]> out = new java.util.ArrayList<>();
    for (int[] span : said) {
      for (Pattern p : new Pattern[] {DECISION, CueLexicon.PROPOSAL}) {
        java.util.regex.Matcher m = p.matcher(lower).region(span[0], span[1]);
        while (m.find()) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    // the speaker and the names in its own words ("WHO spokesman Gregory Hartl") are no target
    java.util.Set<String> own = new java.util.HashSet<>();
    own.add(who.key());
    java.util.List<EntityMention> inSaid = new java.util.ArrayList<>();
    for (EntityMention m : s.sentence().entities()) {
      if (m.start() < 0 || m.end() > text.length()) {
        continue;
      }
      if (within(m, said)) {
        inSaid.add(m);
      } else {
        own.add(actors.resolve(s.article().id(), s.index(), m));
      }
    }
    for (EntityMention m : inSaid) {
      Actors.Info info = actors.info(m.key());
      EntityKind kind = info == null ? m.kind() : info.typed();
      String key = actors.resolve(s.article().id(), s.index(), m);
      if ((kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION)
          && !own.contains(key)
          && !actors.isOutlet(key)) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The spans of the sentence that hold what is said: all but the words naming the speaker. */
  static int[][] said(String text, Attribution.Speaker who) {
    if (who.nameStart() < who.verbStart()) {
      // "Despite the pledges, WHO spokesman Gregory Hartl, a doctor, said that…"
      String before = text.substring(0, who.nameStart());
      java.util.regex.Matcher c = CLAUSE_START.matcher(before);
      int from = c.find() ? c.end() : 0;
      return new int[][] {{0, from}, {who.verbEnd(), text.length()}};
    }
    // "…," said Dr Ana Ruiz of the WHO; according to the WHO, the virus…
    java.util.regex.Matcher end = PHRASE_END.matcher(text);
    int to = end.find(who.nameEnd()) ? end.start() : text.length();
    return new int[][] {{0, who.verbStart()}, {to, text.length()}};
  }

  private static boolean within(EntityMention m, int[][] spans) {
    for (int[] s : spans) {
      if (m.start() >= s[0] && m.end() <= s[1]) {
        return true;
      }
    }
    return false;
  }
}
