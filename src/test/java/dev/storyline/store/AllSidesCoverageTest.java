package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.web.CoverageProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Coverage balance on real data: the AllSides stream ({@code
 * ../shared/data/streams/allsides-2021.jsonl.gz}) labels each article with its outlet's side
 * ({@code meta.side}: left, center, right). Taken as an operator's outlet file would give them (one
 * lean per outlet), every gold story's coverage must show its outlets where AllSides put them, and
 * a story AllSides collected from one outlet per side is never a Blindspot. Skipped when the file
 * is absent. Prints the distribution it found.
 */
class AllSidesCoverageTest {
  /** The shipped rule (its defaults are written in {@link CoverageProperties}). */
  static final Coverage.Rule RULE = CoverageProperties.defaults().rule();

  static final Path STREAM = Path.of("../shared/data/streams/allsides-2021.jsonl.gz");

  @Test
  void coverageOfEveryAllSidesStoryFollowsTheSidesOfItsOutlets() throws IOException {
    Assumptions.assumeTrue(
        Files.isReadable(STREAM), "skipped: " + STREAM + " is absent (third-party data)");
    Map<String, String> sideOf = new HashMap<>();
    Map<String, List<String>> outletsOf = new LinkedHashMap<>();
    Map<String, Map<String, String>> sideInStory = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(STREAM)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode a = json.readTree(line);
        String outlet = a.path("source").asText();
        String side = a.path("meta").path("side").asText();
        String before = sideOf.putIfAbsent(outlet, side);
        assertThat(before == null ? side : before)
            .as("AllSides gives %s one side throughout (an operator's lean is per outlet)", outlet)
            .isEqualTo(side);
        List<String> outlets =
            outletsOf.computeIfAbsent(a.path("story").asText(), k -> new ArrayList<>());
        if (!outlets.contains(outlet)) {
          outlets.add(outlet);
        }
        sideInStory
            .computeIfAbsent(a.path("story").asText(), k -> new HashMap<>())
            .put(outlet, side);
      }
    }
    Map<String, Outlet> described = new HashMap<>();
    sideOf.forEach(
        (o, side) -> described.put(o, new Outlet(o, Lean.parse(side), "", "", List.of())));

    Map<String, Integer> shapes = new TreeMap<>();
    int blindspots = 0;
    for (Map.Entry<String, List<String>> story : outletsOf.entrySet()) {
      Coverage c = Coverage.of(story.getValue(), described, RULE);
      assertThat(c.outlets()).isEqualTo(story.getValue().size());
      for (Coverage.Part p : c.parts()) {
        for (String o : p.outlets()) {
          assertThat(p.lean())
              .as("%s in story %s", o, story.getKey())
              .isEqualTo(Lean.parse(sideInStory.get(story.getKey()).get(o)));
        }
      }
      long sides = c.parts().stream().map(p -> p.lean().side()).distinct().count();
      if (sides == 3) {
        assertThat(c.blindspot()).as("story %s has all three sides", story.getKey()).isNull();
      }
      blindspots += c.blindspot() == null ? 0 : 1;
      shapes.merge(
          c.parts().stream().map(p -> p.lean().key() + "=" + p.count()).toList().toString(),
          1,
          Integer::sum);
    }
    System.out.printf(
        "[allsides-coverage] %d outlets, %d stories, %d blindspots (rule %s); shapes %s%n",
        sideOf.size(), outletsOf.size(), blindspots, RULE, shapes);
    assertThat(outletsOf).hasSizeGreaterThan(400);
    assertThat(shapes.keySet()).contains("[left=1, centre=1, right=1]");
  }
}
