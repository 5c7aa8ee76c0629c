package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles in the common JSON Lines format ({@code id, source, url, published, title, text,
 * story, meta}), plain or gzip-compressed. Each line becomes an {@link Ingested} outcome; a bad
 * line is rejected with its reason and never stops the rest. Lines longer than the limit are
 * skipped without being held in memory. Invalid UTF-8 is replaced, not fatal. The gold {@code
 * story} label is kept in {@code meta} under "story" for evaluations only. A body in Penn Treebank
 * tokens (research corpora such as Timeline17: "does n't", "-LRB- AP -RRB-") is detokenised with
 * its title ({@link PtbText}), so no page shows treebank codes.
 */
public final class JsonLinesReader {
  private final ObjectMapper mapper;
  private final int maxLineChars;

  public JsonLinesReader(ObjectMapper mapper, int maxLineChars) {
    this.mapper = mapper;
    this.maxLineChars = maxLineChars;
  }

  /** Opens a file, transparently un-gzipping it when it starts with the gzip magic bytes. */
  public static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b
        ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16))
        : in;
  }

  /**
   * Reads every line of {@code in}.
   *
   * @param undated publication time to use for a record without one, by line number
   * @param sink receives one outcome per non-blank line, in file order
   */
  public void read(InputStream in, LongFunction<Instant> undated, Consumer<Ingested> sink)
      throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    BoundedLines lines = new BoundedLines(reader, maxLineChars);
    long number = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (line.tooLong()) {
        sink.accept(
            new Ingested.Rejected(
                number,
                Ingested.Reason.TOO_LARGE,
                "line longer than " + maxLineChars + " characters"));
      } else if (!line.text().isBlank()) {
        sink.accept(parse(number, line.text(), undated));
      }
    }
  }

  Ingested parse(long number, String json, LongFunction<Instant> undated) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return new Ingested.Rejected(number, Ingested.Reason.MALFORMED_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Ingested.Rejected(number, Ingested.Reason.MALFORMED_JSON, "not a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      return new Ingested.Rejected(number, Ingested.Reason.MISSING_FIELD, "no \"id\"");
    }
    String rawBody = orEmpty(text(node, "text")).replace("\u0000", "");
    String title = orEmpty(text(node, "title"));
    // the record is tokenised or not as a whole: a one-line body ("A girl was found alive .") is
    // too short to tell alone, its title beside it is not
    // (or a short title or body alone that shows it: "… toward BP ." with no text)
    boolean treebank =
        PtbText.looksTokenised(title + "\n" + rawBody)
            || PtbText.shortLooksTokenised(title)
            || PtbText.shortLooksTokenised(rawBody);
    String body = rawBody;
    if (treebank) {
      PtbText.Parts parts =
          PtbText.joinCutTitle(PtbText.detokenise(title), PtbText.detokenise(rawBody));
      title = parts.title();
      body = parts.body();
    }
    if (title.isBlank() && body.isBlank()) {
      return new Ingested.Rejected(
          number, Ingested.Reason.EMPTY_TEXT, "no title and no text: " + id);
    }
    Instant published;
    try {
      String p = text(node, "published");
      published = p == null || p.isBlank() ? undated.apply(number) : PublishedTime.parse(p);
    } catch (IllegalArgumentException e) {
      return new Ingested.Rejected(number, Ingested.Reason.BAD_DATE, e.getMessage());
    }
    Article article =
        new Article(
            id,
            text(node, "source"),
            text(node, "url"),
            published,
            title.strip(),
            body,
            meta(node));
    return new Ingested.Accepted(
        number,
        article,
        UrlCanonicalizer.canonicalize(article.url()),
        TextFingerprint.of(article.title(), article.text()));
  }

  private static Map<String, String> meta(JsonNode node) {
    Map<String, String> meta = new LinkedHashMap<>();
    JsonNode m = node.get("meta");
    if (m != null && m.isObject()) {
      m.fields()
          .forEachRemaining(
              e -> {
                if (!e.getValue().isNull()) {
                  meta.put(
                      e.getKey(),
                      e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
                }
              });
    }
    String story = text(node, "story");
    if (story != null) {
      meta.put("story", story);
    }
    return meta;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
