package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plain progress lines: a task whose total grows keeps counting instead of sitting at 100 %. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private long now;
  private final Progress progress =
      new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, () -> now);

  @Test
  void aGrownTotalIsCountedOn() {
    progress.start("brief", 2);
    progress.step(2);
    progress.grow(3);
    progress.step(1);
    progress.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsSubsequence(
            "brief: 2/2 (100%) 0.0s",
            "brief: 2/5 (40%) 0.0s", "brief: 3/5 (60%) 0.0s", "brief: 5/5 (100%) 0.0s");
  }
}
