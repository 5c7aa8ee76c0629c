package dev.storyline.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists kept as text beside the code: a line {@code [name]} starts a list, every other
 * non-blank line is one entry (stripped), {@code #} starts a comment line. A list named twice, an
 * entry before the first name or an entry twice in one list is refused, so a typo cannot go
 * unnoticed.
 */
public final class WordLists {
  private WordLists() {}

  /** The lists of a class-path resource, by name; each set is unmodifiable. */
  public static Map<String, Set<String>> read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word lists not found on the class path: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Set<String>> parse(BufferedReader reader, String source) throws IOException {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    Set<String> current = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        String name = entry.substring(1, entry.length() - 1).strip();
        current = new LinkedHashSet<>();
        if (lists.put(name, current) != null) {
          throw new IllegalStateException(source + ":" + number + ": list [" + name + "] twice");
        }
      } else if (current == null) {
        throw new IllegalStateException(source + ":" + number + ": an entry before any [list]");
      } else if (!current.add(entry)) {
        throw new IllegalStateException(source + ":" + number + ": '" + entry + "' twice");
      }
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }
}
