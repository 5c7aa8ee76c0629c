package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.feed.FeedParseException;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.ingest.feed.ParsedFeed;
import dev.storyline.ingest.http.Charsets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the feed parser over third-party suites: feedparser's test feeds (translated expectations,
 * see {@link FeedparserExpect}), Rome's sample feeds (each parses or is rejected with a clear
 * error) and the W3C feed validator's cases (nothing crashes or hangs: 10 s per file).
 */
public final class FeedConformance {
  private static final Pattern EXPECT = Pattern.compile("^Expect:\\s*(.+)$", Pattern.MULTILINE);
  private static final Pattern HEADER =
      Pattern.compile("^Header:\\s*([^:]+):\\s*(.+)$", Pattern.MULTILINE);

  /**
   * Counts of one suite.
   *
   * @param files files read
   * @param applicable files with a check that applies (feedparser) or all files (others)
   * @param passed applicable files that passed (parsed, or rejected with a clear error)
   * @param rejected files rejected with a clear error
   * @param crashed files that threw something other than a clear error, or hung
   * @param failures up to 20 examples of failures
   */
  public record Summary(
      int files, int applicable, int passed, int rejected, int crashed, List<String> failures) {
    public double passRate() {
      return applicable == 0 ? 0 : (double) passed / applicable;
    }
  }

  private final FeedParser parser;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "conformance");
            t.setDaemon(true);
            return t;
          });

  public FeedConformance(ObjectMapper json) {
    this.parser = new FeedParser(json, 10_000);
  }

  /** feedparser's suite: {@code dir} is the folder holding {@code tests/}. */
  public Summary feedparser(Path dir) throws IOException {
    int files = 0;
    int applicable = 0;
    int passed = 0;
    int crashed = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : xmlFiles(dir)) {
      files++;
      byte[] bytes = Files.readAllBytes(f);
      String head = new String(bytes, 0, Math.min(bytes.length, 4000), StandardCharsets.ISO_8859_1);
      Matcher m = EXPECT.matcher(head.replace("\u0000", ""));
      if (!m.find()) {
        continue;
      }
      String rel = dir.relativize(f).toString().replace('\\', '/');
      Outcome o = parse(bytes, headers(head), "http://127.0.0.1:8097/" + rel);
      crashed += o.crashed ? 1 : 0;
      FeedparserExpect.Result r = FeedparserExpect.check(m.group(1), o.feed);
      if (r != FeedparserExpect.Result.NOT_APPLICABLE) {
        applicable++;
        if (r == FeedparserExpect.Result.PASS) {
          passed++;
        } else if (failures.size() < 20) {
          failures.add(
              rel + ": " + m.group(1).strip() + (o.error == null ? "" : " [" + o.error + "]"));
        }
      }
    }
    return new Summary(files, applicable, passed, 0, crashed, failures);
  }

  /**
   * A robustness suite: every file parses or is rejected with a clear error, none crashes or hangs.
   */
  public Summary robustness(Path dir) throws IOException {
    int files = 0;
    int passed = 0;
    int rejected = 0;
    int crashed = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : xmlFiles(dir)) {
      files++;
      byte[] bytes = Files.readAllBytes(f);
      Outcome o =
          f.toString().endsWith(".opml") ? opml(bytes) : parse(bytes, null, f.toUri().toString());
      if (o.crashed) {
        crashed++;
        if (failures.size() < 20) {
          failures.add(dir.relativize(f) + ": " + o.error);
        }
      } else {
        passed++;
        rejected += o.feed == null ? 1 : 0;
      }
    }
    return new Summary(files, files, passed, rejected, crashed, failures);
  }

  private record Outcome(ParsedFeed feed, String error, boolean crashed) {}

  private Outcome parse(byte[] bytes, String charset, String base) {
    Future<ParsedFeed> f = pool.submit(() -> parser.parse(Charsets.decode(bytes, charset), base));
    try {
      return new Outcome(f.get(10, TimeUnit.SECONDS), null, false);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Outcome(null, "hung for more than 10 s", true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted", true);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      boolean clear =
          c instanceof FeedParseException && c.getMessage() != null && !c.getMessage().isBlank();
      return new Outcome(null, c.getClass().getSimpleName() + ": " + c.getMessage(), !clear);
    }
  }

  private static Outcome opml(byte[] bytes) {
    try {
      Opml.read(new String(bytes, StandardCharsets.UTF_8));
      return new Outcome(null, null, false);
    } catch (FeedParseException e) {
      return new Outcome(null, e.getMessage(), false);
    } catch (RuntimeException e) {
      return new Outcome(null, e.toString(), true);
    }
  }

  private static String headers(String head) {
    Matcher h = HEADER.matcher(head);
    while (h.find()) {
      if (h.group(1).strip().equalsIgnoreCase("content-type")) {
        return Charsets.charsetParameter(h.group(2));
      }
    }
    return null;
  }

  private static List<Path> xmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(xml|rss|atom|rdf|opml)$"))
          .sorted()
          .toList();
    }
  }
}
