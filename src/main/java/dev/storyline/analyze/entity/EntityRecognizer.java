package dev.storyline.analyze.entity;

import dev.storyline.domain.EntityMention;
import java.util.List;

/** Finds named entities (people, organisations, places) in one sentence. Thread-safe. */
public interface EntityRecognizer {
  /** Entities of {@code sentence}; offsets are relative to {@code sentence}. */
  List<EntityMention> find(String sentence);
}
