package dev.storyline.eval;

/**
 * Undoes the Penn Treebank tokenisation of the Timeline17 texts well enough for the analyzer's
 * sentence splitter, entity recogniser and date resolver: brackets, quotes, clitics and spaces
 * before punctuation. One input line (one sentence) becomes one paragraph.
 */
final class Ptb {
  private Ptb() {}

  static String detokenise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      s =
          s.replace("-LRB-", "(")
              .replace("-RRB-", ")")
              .replace("-LSB-", "[")
              .replace("-RSB-", "]")
              .replace("-LCB-", "{")
              .replace("-RCB-", "}")
              .replace("\\/", "/")
              .replace("``", "\"")
              .replace("''", "\"")
              .replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1")
              .replaceAll(" ([,.;:!?%)\\]])", "$1")
              .replaceAll("([(\\[$]) ", "$1")
              .replaceAll("\" ([^\"]*?) \"", "\"$1\"");
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(s);
    }
    return out.toString();
  }
}
