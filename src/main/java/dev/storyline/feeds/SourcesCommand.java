package dev.storyline.feeds;

import dev.storyline.ingest.feed.FeedParseException;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.store.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code storyline sources …}: manage feed sources from the command line. The command line starts
 * the application (without web server, sample import or background polls) through {@code context}.
 */
public final class SourcesCommand {
  static final String USAGE =
      """
      Usage: storyline sources ACTION [ARGS] [--spring.datasource.url=...]

      Actions:
        list                         sources with their health (last fetch, error, next fetch)
        add URL [--title T] [--interval 30m]
                                     add a feed (RSS, Atom or JSON Feed); polled when the server runs
        pause ID | resume ID | remove ID
        poll [ID]                    poll one source now, or every due source, and update stories
        import-opml FILE             add every feed of an OPML list
        export-opml [FILE]           write the sources as OPML (to standard output without FILE)
      """;

  private final PrintStream out;
  private final Function<List<String>, ConfigurableApplicationContext> context;

  public SourcesCommand(
      PrintStream out, Function<List<String>, ConfigurableApplicationContext> context) {
    this.out = out;
    this.context = context;
  }

  public int run(String[] args) throws IOException {
    List<String> words = new ArrayList<>();
    List<String> spring = new ArrayList<>();
    String title = null;
    Duration interval = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--title") && i + 1 < args.length) {
        title = args[++i];
      } else if (args[i].equals("--interval") && i + 1 < args.length) {
        interval = DurationStyle.detectAndParse(args[++i]);
      } else if (args[i].startsWith("--")) {
        spring.add(args[i]);
      } else {
        words.add(args[i]);
      }
    }
    if (words.isEmpty() || spring.contains("--help")) {
      out.print(USAGE);
      return words.isEmpty() && !spring.contains("--help") ? 2 : 0;
    }
    try (ConfigurableApplicationContext ctx = context.apply(spring)) {
      Runnable settle =
          () ->
              ctx.getBeanProvider(PipelineRunner.class)
                  .ifAvailable(
                      r ->
                          r.processUntilSettled(
                              ctx.getBean(Clock.class).instant(), Progress.silent()));
      return act(ctx.getBean(SourceService.class), words, title, interval, settle);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (FeedParseException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private int act(SourceService s, List<String> w, String title, Duration interval, Runnable settle)
      throws IOException, InterruptedException, FeedParseException {
    String action = w.get(0);
    String arg = w.size() > 1 ? w.get(1) : null;
    switch (action) {
      case "list" -> s.list().forEach(x -> out.println(line(x)));
      case "add" -> out.println("added " + line(s.add(need(arg, "URL"), title, interval)));
      case "pause" -> out.println(s.pause(need(arg, "ID")) ? "paused " + arg : "no source " + arg);
      case "resume" ->
          out.println(s.resume(need(arg, "ID")) ? "resumed " + arg : "no source " + arg);
      case "remove" ->
          out.println(s.remove(need(arg, "ID")) ? "removed " + arg : "no source " + arg);
      case "poll" -> {
        List<FeedPoller.Report> reports = arg == null ? s.pollDue() : List.of(s.pollNow(arg));
        reports.forEach(r -> out.println(r));
        settle.run(); // every stored article in a story, also after the reorder delay
      }
      case "import-opml" -> {
        String text = Files.readString(Path.of(need(arg, "FILE")), StandardCharsets.UTF_8);
        out.println(s.importOpml(text).size() + " sources listed from " + arg);
      }
      case "export-opml" -> {
        if (arg == null) {
          out.print(s.exportOpml());
        } else {
          Files.writeString(Path.of(arg), s.exportOpml(), StandardCharsets.UTF_8);
          out.println("wrote " + arg);
        }
      }
      default ->
          throw new IllegalArgumentException("unknown action " + action + " (sources --help)");
    }
    return 0;
  }

  private static String need(String arg, String what) {
    if (arg == null) {
      throw new IllegalArgumentException(what + " is required (sources --help)");
    }
    return arg;
  }

  static String line(Source s) {
    return String.format(
        "%s  %-8s  %s  %s%n    last fetch %s, errors %d%s, next %s, stored %d",
        s.id(),
        s.paused() ? "paused" : "active",
        s.url(),
        s.title().isBlank() ? "" : "(" + s.title() + ")",
        s.lastFetchAt() == null ? "never" : s.lastFetchAt(),
        s.errorCount(),
        s.lastError() == null ? "" : " (" + s.lastError() + ")",
        s.nextFetchAt(),
        s.storedCount());
  }
}
