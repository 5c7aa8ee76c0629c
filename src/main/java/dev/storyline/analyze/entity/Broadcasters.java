package dev.storyline.analyze.entity;

import dev.storyline.analyze.entity.Chunker.Chunk;
import java.util.List;
import java.util.regex.Pattern;

/** Broadcasters' names the chunker would cut to a bare "TV": "state TV", "Syrian TV". */
final class Broadcasters {
  private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ese|i|ish)");

  private Broadcasters() {}

  /**
   * Where a broadcaster's "TV" name starts when a run opens at {@code i}: "state TV", "Syrian TV",
   * "Syrian state TV" ({@code i} when the run is no such name). A nationality that is a name of its
   * own (the last of {@code chunks}) stays one: it links the storyline's stories.
   */
  static int start(List<Token> tokens, List<Chunk> chunks, int i) {
    if (i == 0 || !tokens.get(i).norm().equals("tv")) {
      return i;
    }
    int start = tokens.get(i - 1).text().equals("state") ? i - 1 : i;
    boolean free = chunks.isEmpty() || chunks.get(chunks.size() - 1).last() < start - 1;
    return start > 0 && free && DEMONYM.matcher(tokens.get(start - 1).text()).matches()
        ? start - 1
        : start;
  }
}
