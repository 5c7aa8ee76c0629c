package dev.storyline.analyze.entity;

import dev.storyline.analyze.entity.Chunker.Chunk;
import dev.storyline.domain.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Assigns a coarse kind to a chunked name; the first matching rule wins.
 *
 * <ol>
 *   <li>a title or honorific in or right before the name ("Ms. Okafor", "chief executive Ana Ruiz")
 *       → PERSON;
 *   <li>an organisation word in the name ("Inc", "Bank", "Authority", "Ministry", "Court"...) or an
 *       "&" ("Procter & Gamble") → ORGANIZATION;
 *   <li>a place word in the name ("Gulf", "River", "Province", "U.S."...) → PLACE;
 *   <li>right after "in", "at", "from" or "near" (a "the" may come between) → PLACE;
 *   <li>two or three name words with a reporting verb ("said", "told", "according to") up to two
 *       tokens before or three after → PERSON;
 *   <li>otherwise OTHER.
 * </ol>
 */
final class KindRules {

  private KindRules() {}

  static EntityKind kind(List<Token> tokens, Chunk chunk) {
    if (chunk.titled() || Titles.titleBefore(tokens, chunk.first())) {
      return EntityKind.PERSON;
    }
    if (anyWord(tokens, chunk, EntityLexicon.ORG_WORDS) || anyWord(tokens, chunk, Set.of("&"))) {
      return EntityKind.ORGANIZATION;
    }
    if (anyWord(tokens, chunk, EntityLexicon.PLACE_WORDS) || afterPlacePreposition(tokens, chunk)) {
      return EntityKind.PLACE;
    }
    int words = nameWords(tokens, chunk);
    if (words >= 2 && words <= 3 && reportingNear(tokens, chunk)) {
      return EntityKind.PERSON;
    }
    return EntityKind.OTHER;
  }

  private static boolean anyWord(List<Token> tokens, Chunk chunk, Set<String> words) {
    for (int i = chunk.nameFirst(); i <= chunk.last(); i++) {
      if (words.contains(tokens.get(i).nameNorm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterPlacePreposition(List<Token> tokens, Chunk chunk) {
    int before = chunk.first() - 1;
    if (before >= 0 && tokens.get(before).norm().equals("the")) {
      before--;
    }
    return before >= 0 && EntityLexicon.PLACE_PREPOSITIONS.contains(tokens.get(before).norm());
  }

  /** Capitalised words of the name; hyphen-glued parts ("Jean-Paul") count once. */
  private static int nameWords(List<Token> tokens, Chunk chunk) {
    int words = 0;
    for (int i = chunk.nameFirst(); i <= chunk.last(); i++) {
      Token t = tokens.get(i);
      boolean glued = i > chunk.nameFirst() && tokens.get(i - 1).end() == t.start();
      if (t.isCapitalised() && !glued) {
        words++;
      }
    }
    return words;
  }

  private static boolean reportingNear(List<Token> tokens, Chunk chunk) {
    int from = Math.max(0, chunk.first() - 2);
    int to = Math.min(tokens.size() - 1, chunk.last() + 3);
    for (int i = from; i <= to; i++) {
      boolean outside = i < chunk.first() || i > chunk.last();
      if (outside && EntityLexicon.REPORTING.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }
}
