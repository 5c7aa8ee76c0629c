package dev.storyline.eval;

/**
 * Decodes a Python string literal ('…', "…", u'…', triple-quoted) as written in test expectations.
 */
final class PyLiteral {
  private PyLiteral() {}

  /** The string, or {@code null} when {@code s} is not exactly one string literal. */
  static String string(String s) {
    String t = s.strip();
    if (t.startsWith("u") || t.startsWith("b")) {
      t = t.substring(1);
    }
    String q =
        t.startsWith("\"\"\"") || t.startsWith("'''")
            ? t.substring(0, 3)
            : t.startsWith("'") || t.startsWith("\"") ? t.substring(0, 1) : null;
    if (q == null || t.length() < 2 * q.length() || !t.endsWith(q)) {
      return null;
    }
    String body = t.substring(q.length(), t.length() - q.length());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        if (q.length() == 1 && c == q.charAt(0)) {
          return null; // an unescaped quote: more than one literal
        }
        out.append(c);
        continue;
      }
      char n = body.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
          i += 8;
        }
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}
