package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void aTaskWithItsOptionsInBothSpellings() {
    Options.Task t =
        Options.task(
            new String[] {"cluster", "--input", "a.jsonl", "--threshold=0.4", "--storylines"});
    assertThat(t.wantsHelp()).isFalse();
    assertThat(t.name()).isEqualTo("cluster");
    assertThat(t.options())
        .containsEntry("input", "a.jsonl")
        .containsEntry("threshold", "0.4")
        .containsEntry("storylines", "");
  }

  @Test
  void helpExitsZeroWhenAskedForAndTwoWhenNoTaskIsNamed() {
    assertThat(Options.task(new String[] {}).wantsHelp()).isTrue();
    assertThat(Options.task(new String[] {}).helpExitCode()).isEqualTo(2);
    assertThat(Options.task(new String[] {"-h"}).helpExitCode()).isZero();
    Options.Task taskHelp = Options.task(new String[] {"extract", "--help"});
    assertThat(taskHelp.wantsHelp()).isTrue();
    assertThat(taskHelp.helpExitCode()).isZero();
  }

  @Test
  void strayArgumentsAndMissingRequiredOptionsAreClearErrors() {
    assertThatThrownBy(() -> Options.task(new String[] {"cluster", "oops"}))
        .hasMessageContaining("unexpected argument oops");
    assertThatThrownBy(() -> Options.require(Options.parse(new String[] {}), "input"))
        .hasMessageContaining("--input is required");
  }
}
