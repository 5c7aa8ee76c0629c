package dev.storyline.analyze.embed;

import java.util.List;

/** Turns text into unit-length vectors. Thread-safe; the model loads once. */
public interface Embedder {
  int dimension();

  float[] embed(String text);

  /** Embeds many texts; result order matches input order. */
  List<float[]> embedAll(List<String> texts);
}
