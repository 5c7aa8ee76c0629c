package dev.storyline.cli;

import dev.storyline.app.Stages;
import dev.storyline.app.StorylineApplication;
import dev.storyline.eval.BenchCommand;
import dev.storyline.eval.EvalCommand;
import dev.storyline.feeds.SourcesCommand;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code storyline} command line: {@code serve} (default), {@code import FILE…}, {@code eval
 * …}, {@code bench …}. Spring Boot options ({@code --server.port=…}) pass through.
 */
public final class CommandLine {
  static final String USAGE =
      """
      Usage: storyline [COMMAND] [OPTIONS]

      Commands:
        serve            start the web service (default); imports the sample corpus on first start
                         --roles=web|worker|web,worker: what this process does (PostgreSQL;
                         default both, see "Scaling out" in the README)
        import FILE...   import articles from JSON Lines files (.jsonl or .jsonl.gz) and update stories
        sources ACTION   manage feed sources: list, add, pause, resume, remove, poll, import-opml, export-opml
        outlets ACTION   describe outlets (lean, country, note, topics): list, set, remove, import
        eval TASK ...    evaluate a stage on a labelled data set (eval --help)
        bench TASK ...   print speed figures (bench --help)
        admin create|role  create the first admin account, change roles (admin --help)

      Spring Boot settings work as usual: --server.port=8081, SERVER_PORT=8081,
      SPRING_DATASOURCE_URL=jdbc:postgresql://localhost/storyline (with _USERNAME and _PASSWORD).
      Every command takes --help.
      """;

  private final PrintStream out;
  private final PrintStream err;

  /** Storyline's entry point. */
  public static void main(String[] args) {
    int code = new CommandLine(System.out, System.err).run(args);
    if (code != SERVING) {
      System.exit(code);
    }
  }

  CommandLine(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs a command; returns the process exit code, or {@link #SERVING} while the server runs. */
  int run(String[] args) {
    String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
    String[] rest =
        args.length == 0 || args[0].startsWith("-")
            ? args
            : Arrays.copyOfRange(args, 1, args.length);
    if (command.equals("serve") && has(rest, "--help")) {
      out.print(USAGE);
      return 0;
    }
    try {
      return switch (command) {
        case "serve" -> serve(rest);
        case "import" -> importFiles(rest);
        case "sources" -> new SourcesCommand(out, CommandLine::batchContext).run(rest);
        case "outlets" -> new OutletsCommand(out, CommandLine::batchContext).run(rest);
        case "eval" -> new EvalCommand(out, err, toolkit()).run(rest);
        case "bench" -> new BenchCommand(out, err, toolkit()).run(rest);
        case "admin" -> new AdminCommand(out, err, System.in, System.getenv()).run(rest);
        case "help" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> {
          err.println("Unknown command: " + command + "\n");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (IllegalArgumentException e) {
      err.println("storyline " + command + ": " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("storyline " + command + ": " + e.getMessage());
      return 1;
    }
  }

  /** The real stages with the settings in the environment, for commands without Spring. */
  static dev.storyline.eval.Toolkit toolkit() {
    quietLogging();
    return Stages.toolkit();
  }

  private int serve(String[] args) {
    SpringApplication.run(StorylineApplication.class, roles(args));
    return SERVING;
  }

  /** {@code --roles=web,worker} is short for {@code --storyline.roles=web,worker}. */
  static String[] roles(String[] args) {
    return Arrays.stream(args)
        .map(a -> a.startsWith("--roles=") ? "--storyline." + a.substring(2) : a)
        .toArray(String[]::new);
  }

  private int importFiles(String[] args) {
    if (has(args, "--help")) {
      out.println("Usage: storyline import FILE... [--spring.datasource.url=...]");
      out.println("Imports articles from JSON Lines files in the common format (plain or gzip),");
      out.println("skips exact duplicates (same id, canonical URL or normalised text), then");
      out.println("analyzes, clusters and briefs everything new. Safe to run twice.");
      return 0;
    }
    List<Path> files = new ArrayList<>();
    List<String> springArgs = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--")) {
        springArgs.add(a);
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("name at least one file (storyline import --help)");
    }
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        throw new IllegalArgumentException("cannot read " + f);
      }
    }
    try (ConfigurableApplicationContext ctx = batchContext(springArgs)) {
      PipelineRunner runner = ctx.getBean(PipelineRunner.class);
      PipelineRunner.ImportReport report = runner.importFiles(files, Progress.console());
      report.rejected().forEach(r -> err.println("rejected " + r));
      out.println("Imported: " + report);
      return 0;
    } catch (java.io.IOException e) {
      err.println("storyline import: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The application without web server for a command that runs and ends: no sample import and no
   * background feed polls unless the arguments ask for them.
   */
  public static ConfigurableApplicationContext batchContext(List<String> springArgs) {
    List<String> args = new ArrayList<>(springArgs);
    SpringArgs.setIfAbsent(args, "storyline.sample.import-on-start", "false");
    SpringArgs.setIfAbsent(args, "storyline.feeds.poll-enabled", "false");
    return new SpringApplicationBuilder(StorylineApplication.class)
        .web(WebApplicationType.NONE)
        .run(args.toArray(String[]::new));
  }

  /** Without Spring, logback logs everything at DEBUG: keep commands' output to their figures. */
  private static void quietLogging() {
    if (org.slf4j.LoggerFactory.getILoggerFactory()
        instanceof ch.qos.logback.classic.LoggerContext ctx) {
      ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
      ctx.getLogger("ai.djl").setLevel(ch.qos.logback.classic.Level.ERROR);
    }
  }

  private static boolean has(String[] args, String flag) {
    return Arrays.asList(args).contains(flag)
        || Arrays.asList(args).contains("-h") && flag.equals("--help");
  }

  /** Returned by {@link #run} when the web server was started and keeps the JVM alive. */
  static final int SERVING = -1;
}
