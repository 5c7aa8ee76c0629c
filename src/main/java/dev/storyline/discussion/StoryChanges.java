package dev.storyline.discussion;

import java.util.List;
import java.util.Set;

/**
 * What changed on a story page since the reader's last visit.
 *
 * @param lastVisit when the reader last saw the page (UTC, formatted)
 * @param newSources new source articles ("Outlet: title")
 * @param newFacts sentences of the brief that were not on the page last time
 * @param changedSections keys of the sections whose content changed ({@code key_points}, …)
 */
public record StoryChanges(
    String lastVisit, List<String> newSources, Set<String> newFacts, Set<String> changedSections) {

  public StoryChanges {
    newSources = List.copyOf(newSources);
    newFacts = Set.copyOf(newFacts);
    changedSections = Set.copyOf(changedSections);
  }

  /** Whether anything changed at all. */
  public boolean any() {
    return !newSources.isEmpty() || !newFacts.isEmpty() || !changedSections.isEmpty();
  }

  /** Whether the sentence is new since the last visit. */
  public boolean isNew(String text) {
    return newFacts.contains(text);
  }

  /** Whether the section changed since the last visit. */
  public boolean changed(String section) {
    return changedSections.contains(section);
  }
}
