package dev.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages, one folder per kind of extraction failure fixed ({@code
 * src/test/resources/extract/<case>/}: {@code source.html}, {@code expected.txt} with the passages
 * the main text must hold in that order, {@code absent.txt} with those it must not).
 */
class ExtractGoldenTest {
  private final ArticleExtractor extractor = new ArticleExtractor(new ObjectMapper());

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(ExtractGoldenTest.class.getResource("/extract").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mainTextHoldsTheArticleAndNothingElse(String name) throws Exception {
    Path dir = Path.of(getClass().getResource("/extract/" + name).toURI());
    String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
    String text = extractor.extract(html, "https://example.org/" + name).text();
    String flat = text.replaceAll("\\s+", " ");
    List<String> expected = lines(dir.resolve("expected.txt"));
    assertThat(expected).isNotEmpty();
    assertThat(flat).containsSubsequence(expected);
    for (String absent : lines(dir.resolve("absent.txt"))) {
      assertThat(flat).doesNotContain(absent);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toList();
  }
}
