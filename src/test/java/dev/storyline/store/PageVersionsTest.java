package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Page versions seen by the process that changed them at once, and by others at their poll. */
class PageVersionsTest {
  final JdbcTemplate db = TestDatabases.migratedH2();
  final PageVersions here = new PageVersions(db);
  final PageVersions there = new PageVersions(db);

  @Test
  void aChangeHereIsSeenHereAtOnce() {
    long rendered = here.epoch();
    assertThat(here.unchangedSince(List.of(PageVersions.story("a")), rendered)).isTrue();
    here.touch(PageVersions.story("a"), PageVersions.LISTS);
    assertThat(here.unchangedSince(List.of(PageVersions.story("a")), rendered)).isFalse();
    assertThat(here.unchangedSince(List.of(PageVersions.LISTS), rendered)).isFalse();
    assertThat(here.unchangedSince(List.of(PageVersions.story("b")), rendered)).isTrue();
    long renderedAgain = here.epoch();
    assertThat(here.unchangedSince(List.of(PageVersions.story("a")), renderedAgain)).isTrue();
  }

  @Test
  void aChangeInAnotherProcessIsSeenAtTheNextPollAndOnlyForItsScopes() {
    there.poll(); // the starting point
    long rendered = there.epoch();
    here.touch(PageVersions.story("a"), PageVersions.storyline("l1"));
    assertThat(there.unchangedSince(List.of(PageVersions.story("a")), rendered))
        .as("not polled yet")
        .isTrue();
    assertThat(there.poll()).isEqualTo(2);
    assertThat(there.unchangedSince(List.of(PageVersions.story("a")), rendered)).isFalse();
    assertThat(there.unchangedSince(List.of(PageVersions.storyline("l1")), rendered)).isFalse();
    assertThat(there.unchangedSince(List.of(PageVersions.story("b")), rendered)).isTrue();

    long renderedAfter = there.epoch();
    assertThat(there.poll()).as("nothing new: the same versions are not changes").isZero();
    assertThat(there.unchangedSince(List.of(PageVersions.story("a")), renderedAfter)).isTrue();
    here.touch(PageVersions.story("a"));
    assertThat(there.poll()).isEqualTo(1);
    assertThat(there.unchangedSince(List.of(PageVersions.story("a")), renderedAfter)).isFalse();
  }

  @Test
  void blankAndNullScopesAreIgnoredAndForgettingDropsOldMarks() {
    here.touch(PageVersions.storyline(null), "", PageVersions.story("c"));
    assertThat(db.queryForObject("select count(*) from page_version", Integer.class)).isEqualTo(1);
    long after = here.epoch();
    here.forget(after);
    assertThat(here.unchangedSince(List.of(PageVersions.story("c")), 0)).isTrue();
  }
}
