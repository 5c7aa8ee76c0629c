package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default after H2 damaged its file: a real {@code storyline} child finds the file
 * corrupt at startup, keeps it aside, and restores every imported article from the ingest journal
 * with the same stored values; importing the same file again stores nothing twice and rebuilds the
 * stories and briefs.
 */
class CorruptEmbeddedDatabaseIT {
  private static final int ARTICLES = 6;
  private static final String ARTICLE_ROWS =
      "select id, source, url, canonical_url, published, title,"
          + " body, text_hash, meta, ingested_at from article";

  @TempDir Path dir;

  @Test
  void aCorruptFileIsKeptAsideAndEveryImportedArticleComesBackWithItsStories() throws Exception {
    StorylineChild db = StorylineChild.embeddedDefault(dir);
    Path file = dir.resolve("articles.jsonl");
    Files.write(file, lines(), StandardCharsets.UTF_8);
    db.run("import", file.toString());
    Map<String, String> imported = db.rows(ARTICLE_ROWS);
    assertThat(imported).hasSize(ARTICLES);

    try (RandomAccessFile f =
        new RandomAccessFile(dir.resolve("data/storyline.mv.db").toFile(), "rw")) {
      f.write(new byte[8192]); // both store headers: H2 can no longer open the file (error 90030)
    }
    List<String> output = db.run("sources", "list");

    assertThat(String.join("\n", output))
        .contains("is corrupt and cannot be opened")
        .contains("restored " + ARTICLES + " article(s)");
    try (Stream<Path> files = Files.list(dir.resolve("data"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("storyline.mv.db.corrupt-") && !n.endsWith(".sql"));
    }
    assertThat(db.rows(ARTICLE_ROWS)).isEqualTo(imported);

    List<String> again = db.run("import", file.toString());
    assertThat(String.join("\n", again)).contains("Imported: 0 stored");
    assertThat(db.rows(ARTICLE_ROWS)).isEqualTo(imported);
    assertThat(
            db.count(
                "select count(*) from article where story_id is null"
                    + " or story_id not in (select id from story)"))
        .as("articles without a story")
        .isZero();
    assertThat(db.count("select count(*) from story where brief is null"))
        .as("stories without a brief")
        .isZero();
  }

  private static List<String> lines() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String town = i < 3 ? "Orvik" : "Telmar";
      out.add(
          String.format(
              Locale.ROOT,
              "{\"id\": \"c%d\", \"source\": \"Outlet %d\", \"url\":"
                  + " \"https://outlet%d.example/c%d\", \"published\": \"2026-03-0%dT09:00:00Z\", \"title\":"
                  + " \"%s council votes on the harbour plan, report %d\", \"text\": \"The %s council voted on the"
                  + " harbour plan on Monday, outlet %d reported.\\n\\nMayor Ada Lind said the work would begin in"
                  + " spring. Report %d adds that the cost is %d million crowns.\"}",
              i,
              i,
              i,
              i,
              1 + i % 3,
              town,
              i,
              town,
              i,
              i,
              20 + i));
    }
    return out;
  }
}
