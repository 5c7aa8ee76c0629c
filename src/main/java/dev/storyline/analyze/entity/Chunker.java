package dev.storyline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tagged tokens into candidate names: maximal runs of capitalised name tokens, joined over
 * glued hyphens ("Jean-Paul"), name particles ("Banco de la Plata"), "&" ("Procter & Gamble"),
 * "of"/"for" after a head word ("Bank of Lysaria", "Ministry for Ports") and "and" inside such a
 * name ("Ministry for Ports and Harbours", but not "Bank of Lysaria and Acme Labs"). A possessive
 * ends a run. Leading titles are marked so the name can be keyed without them.
 */
final class Chunker {

  /** Token range {@code [first, last]} of a name; {@code nameFirst} skips leading titles. */
  record Chunk(int first, int last, int nameFirst) {
    boolean titled() {
      return nameFirst > first;
    }
  }

  private static final Set<String> NOT_NAME_TAGS =
      Set.of("PUNCT", "SYM", "PRON", "DET", "CCONJ", "SCONJ");
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("\"", "“", "‘", "'", ":", "(", "[", "—", "–", ";");
  private static final Set<String> HYPHENS = Set.of("-", "–", "‑");

  private final List<Token> tokens;

  private Chunker(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Candidate names of a tagged sentence, in order, titles-only runs dropped. */
  static List<Chunk> chunk(List<Token> tokens) {
    return new Chunker(tokens).run();
  }

  private List<Chunk> run() {
    List<Chunk> chunks = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!canStart(i) && !hyphenedParticle(i)) {
        i++;
        continue;
      }
      int last = extend(i);
      int state = Broadcasters.start(tokens, chunks, i);
      int nameFirst = state < i ? state : Titles.nameStart(tokens, i, last);
      if (nameFirst <= last) {
        chunks.add(new Chunk(Math.min(state, i), last, nameFirst));
      }
      i = last + 1;
    }
    return chunks;
  }

  /** Index of the last token of the run starting at {@code first}. */
  private int extend(int first) {
    int last = first;
    boolean sawOfFor = false;
    while (last + 1 < tokens.size() && !endsName(last)) {
      int next = last + 1;
      if (isNameToken(next)) {
        if (mediaBefore(first, last, next)) {
          break;
        }
        last = next;
      } else if (gluedHyphen(next)) {
        last = next + 1;
      } else if (initialStop(last, next)) {
        last = next + 1;
      } else if (hyphenedParticle(next) || ofTheAfterOrgWord(last, next)) {
        sawOfFor |= isOfFor(next);
        last = next + 2;
      } else {
        int after = skipConnectors(next);
        if (after < 0 || !canStart(after) || !joinAllowed(first, last, next, after, sawOfFor)) {
          break;
        }
        sawOfFor |= isOfFor(next);
        last = after;
      }
    }
    return last;
  }

  /**
   * A possessive ends a name ("Okafor's Ministry" is two), except a plural possessive glued before
   * another name word ("the Shippers' Association").
   */
  private boolean endsName(int i) {
    int possessive = tokens.get(i).possessiveLength();
    return possessive == 2 || (possessive == 1 && !isNameToken(i + 1));
  }

  /** First index after a connector or a run of particles at {@code i}, or -1 if none. */
  private int skipConnectors(int i) {
    if (EntityLexicon.CONNECTORS.contains(tokens.get(i).text())) {
      return i + 1 < tokens.size() ? i + 1 : -1;
    }
    int j = i;
    while (j < tokens.size()
        && j - i < 2
        && EntityLexicon.PARTICLES.contains(tokens.get(j).text())) {
      j++;
    }
    return j > i && j < tokens.size() ? j : -1;
  }

  private boolean joinAllowed(int first, int last, int connector, int after, boolean sawOfFor) {
    String word = tokens.get(connector).text();
    if (EntityLexicon.PARTICLES.contains(word) || word.equals("&")) {
      return true;
    }
    if (isOfFor(connector)) {
      return EntityLexicon.OF_HEADS.contains(tokens.get(last).norm())
          || EntityLexicon.ORG_WORDS.contains(tokens.get(last).norm());
    }
    // "and": only inside an "X of/for Y and Z" name, and not before a new company name.
    return sawOfFor
        && !EntityLexicon.COMPANY_SUFFIXES.contains(tokens.get(segmentEnd(after)).norm());
  }

  private int segmentEnd(int i) {
    while (i + 1 < tokens.size() && isNameToken(i + 1) && !endsName(i)) {
      i++;
    }
    return i;
  }

  /**
   * The full stop of a middle initial, inside a name: "Luis V. Gutiérrez", "John F. Kennedy" (the
   * tokenizer gives "V" and "." apart).
   */
  private boolean initialStop(int initial, int stop) {
    String letter = tokens.get(initial).text();
    return letter.length() == 1
        && Character.isUpperCase(letter.charAt(0))
        && initial > 0
        && isNameToken(initial - 1)
        && tokens.get(stop).text().equals(".")
        && tokens.get(initial).end() == tokens.get(stop).start()
        && stop + 1 < tokens.size()
        && tokens.get(stop).end() < tokens.get(stop + 1).start()
        && isNameToken(stop + 1)
        && (tokens.get(stop + 1).isProperNoun()
            || !EntityLexicon.COMMON_OPENERS.contains(tokens.get(stop + 1).nameNorm()));
  }

  /**
   * "told Reuters Gaddafi…", "In The Times Ann Lee says": a lone outlet's name before a name that
   * is no organisation word.
   */
  private boolean mediaBefore(int first, int last, int next) {
    boolean the = last > 0 && tokens.get(last - 1).text().equals("The");
    boolean outlet =
        (first == last || (first + 1 == last && the))
            && (EntityLexicon.MEDIA.contains(tokens.get(last).norm())
                || (the && EntityLexicon.NEWSPAPERS.contains(tokens.get(last).norm())));
    return outlet
        && tokens.get(next).isProperNoun()
        && !EntityLexicon.ORG_WORDS.contains(tokens.get(next).norm());
  }

  /** A particle glued by a hyphen to the next name word: "Saif al-Islam", "Bashar al-Assad". */
  private boolean hyphenedParticle(int i) {
    return i + 2 < tokens.size()
        && EntityLexicon.PARTICLES.contains(tokens.get(i).text())
        && HYPHENS.contains(tokens.get(i + 1).text())
        && tokens.get(i).end() == tokens.get(i + 1).start()
        && tokens.get(i + 1).end() == tokens.get(i + 2).start()
        && isNameToken(i + 2);
  }

  /** "the International Committee of the Red Cross", "the Office of the Historian". */
  private boolean ofTheAfterOrgWord(int last, int i) {
    return isOfFor(i)
        && i + 2 < tokens.size()
        && EntityLexicon.ORG_WORDS.contains(tokens.get(last).norm())
        && tokens.get(i + 1).text().equals("the")
        && canStart(i + 2);
  }

  private boolean isOfFor(int i) {
    String word = tokens.get(i).text();
    return word.equals("of") || word.equals("for");
  }

  /**
   * A hyphen glued between name words ("Jean-Paul"), or before a lower-case word that a name word
   * follows ("the Local Co-ordination Committees").
   */
  private boolean gluedHyphen(int i) {
    return HYPHENS.contains(tokens.get(i).text())
        && i + 1 < tokens.size()
        && tokens.get(i - 1).end() == tokens.get(i).start()
        && tokens.get(i).end() == tokens.get(i + 1).start()
        && (isNameToken(i + 1) || lowerInsideName(i + 1));
  }

  private boolean lowerInsideName(int i) {
    Token t = tokens.get(i);
    return i + 1 < tokens.size()
        && !t.isCapitalised()
        && Character.isLetter(t.text().charAt(0))
        && isNameToken(i + 1);
  }

  /** A token that may begin a name (months and weekdays may only continue one: "Theresa May"). */
  private boolean canStart(int i) {
    return isNameToken(i) && !EntityLexicon.MONTHS_AND_DAYS.contains(tokens.get(i).norm());
  }

  /**
   * Index of the last token that could be part of a name whatever the tags ({@link #mayBeName}), or
   * -1 when none can: then the sentence has no name, and tags past the token after that index
   * change nothing. Reads only the token texts.
   */
  static int lastPossibleName(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (mayBeName(tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The part of {@link #isNameToken} that needs no tag: it fails for words that are never names,
   * for common plural openers at the start of a clause, and for words that cannot be capitalised.
   */
  static boolean mayBeName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.mayBeCapitalised()
        && !EntityLexicon.NEVER_NAMES.contains(t.nameNorm())
        && !(clauseInitial(tokens, i) && EntityLexicon.COMMON_OPENERS.contains(t.nameNorm()));
  }

  /** A capitalised token that may be part of a name. */
  private boolean isNameToken(int i) {
    Token t = tokens.get(i);
    if (!t.isCapitalised() || NOT_NAME_TAGS.contains(t.tag()) || !mayBeName(tokens, i)) {
      return false;
    }
    if (!clauseInitial(i) || t.isProperNoun()) {
      return true;
    }
    // A sentence-initial word that is not a proper noun counts only before one ("Meridian Port").
    return i + 1 < tokens.size()
        && tokens.get(i + 1).isProperNoun()
        && tokens.get(i + 1).isCapitalised()
        && t.possessiveLength() == 0;
  }

  private boolean clauseInitial(int i) {
    return clauseInitial(tokens, i);
  }

  private static boolean clauseInitial(List<Token> tokens, int i) {
    return i == 0 || CLAUSE_OPENERS.contains(tokens.get(i - 1).text());
  }
}
