package dev.storyline.analyze.entity;

/**
 * One token of a sentence with its POS tag.
 *
 * @param text the token as written
 * @param start offset in the sentence
 * @param end end offset (exclusive) in the sentence
 * @param tag UD part-of-speech tag from the OpenNLP model ("PROPN", "NOUN", "PROPN+PART"...)
 */
record Token(String text, int start, int end, String tag) {

  boolean isProperNoun() {
    return tag.startsWith("PROPN");
  }

  /** Lower case without a trailing period ("Mr." gives "mr"). */
  String norm() {
    return EntityLexicon.norm(text);
  }

  /** Length of a trailing possessive ("'s", "’s", or a lone apostrophe), or 0. */
  int possessiveLength() {
    int n = text.length();
    if (n > 2 && (text.endsWith("'s") || text.endsWith("’s"))) {
      return 2;
    }
    if (n > 1 && (text.endsWith("'") || text.endsWith("’"))) {
      return 1;
    }
    return 0;
  }

  /** End offset without any trailing possessive. */
  int nameEnd() {
    return end - possessiveLength();
  }

  /** Name form of the token: without possessive, lower case, without a trailing period. */
  String nameNorm() {
    return EntityLexicon.norm(text.substring(0, text.length() - possessiveLength()));
  }

  /**
   * Whether {@link #isCapitalised} can hold under some tag: starts with an upper-case letter, or
   * starts with a digit and contains one ("3M"). Needs no tag.
   */
  boolean mayBeCapitalised() {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return Character.isUpperCase(first)
        || particlePrefixed()
        || Character.isDigit(first) && text.chars().anyMatch(Character::isUpperCase);
  }

  /** Starts with an upper-case letter, or is a proper noun like "3M" containing one. */
  boolean isCapitalised() {
    if (text.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(text.charAt(0)) || particlePrefixed()) {
      return true;
    }
    return Character.isDigit(text.charAt(0))
        && isProperNoun()
        && text.chars().anyMatch(Character::isUpperCase);
  }

  /** An Arabic article glued to a name in one token: "al-Hadid", "el-Sayed". */
  private boolean particlePrefixed() {
    return text.length() > 3
        && (text.startsWith("al") || text.startsWith("el"))
        && "-‑–".indexOf(text.charAt(2)) >= 0
        && Character.isUpperCase(text.charAt(3));
  }
}
