package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rules the architecture test cannot see: no main source file grows past {@value #MAX_LINES}
 * lines (issue 16). A file that does has more than one job: give the second one a class of its own.
 */
class HouseRulesTest {
  static final int MAX_LINES = 276;

  static List<String> over(Path root, int max) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(
              p -> {
                try (Stream<String> lines = Files.lines(p)) {
                  return lines.count() > max;
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    assertThat(over(Path.of("src/main/java"), MAX_LINES))
        .as("main files over %d lines", MAX_LINES)
        .isEmpty();
  }

  @Test
  void theRuleSeesLongFiles() throws IOException {
    assertThat(over(Path.of("src/main/java"), 200)).isNotEmpty();
  }
}
