package dev.storyline.analyze.time;

import dev.storyline.domain.DateMention;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds absolute and relative date expressions in a sentence and resolves them against the
 * article's publication date. Thread-safe.
 */
public interface DateResolver {
  /**
   * Date expressions of {@code sentence}, offsets relative to it, resolved against {@code
   * published}.
   */
  List<DateMention> resolve(String sentence, LocalDate published);
}
