package dev.storyline.brief;

import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;

/** Writes every section of a story page from the story's material. Thread-safe, no I/O. */
public interface BriefWriter {
  Brief write(StoryMaterial material);
}
