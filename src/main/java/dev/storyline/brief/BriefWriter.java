package dev.storyline.brief;

import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;

/** Writes every section of a story page from the story's material. Thread-safe, no I/O. */
public interface BriefWriter {
  Brief write(StoryMaterial material);

  /**
   * Names the code (and model) that writes the briefs: the pipeline writes a stored brief again
   * when it was written under another revision, so an upgrade reaches the pages already stored.
   * Empty when none is known: a stored brief is then written again only when its material changes.
   */
  default String revision() {
    return "";
  }

  /** This writer under the given {@link #revision()}. */
  default BriefWriter withRevision(String revision) {
    BriefWriter self = this;
    return new BriefWriter() {
      @Override
      public Brief write(StoryMaterial material) {
        return self.write(material);
      }

      @Override
      public String revision() {
        return revision;
      }
    };
  }
}
