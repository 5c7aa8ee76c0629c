package dev.storyline.analyze.sentence;

import dev.storyline.domain.TextSpan;
import java.util.List;

/** Splits text into sentences. Implementations are thread-safe and load their models once. */
public interface SentenceSplitter {
  /** Sentence spans of {@code text}, in order, trimmed of surrounding whitespace. */
  List<TextSpan> split(String text);
}
