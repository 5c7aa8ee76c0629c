package dev.storyline.cli;

import dev.storyline.store.Lean;
import dev.storyline.store.Outlet;
import dev.storyline.store.OutletFile;
import dev.storyline.store.OutletRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code storyline outlets …}: what the operator says about each outlet (lean, country, note,
 * topics), from the command line or an outlet file.
 */
final class OutletsCommand {
  static final String USAGE =
      """
      Usage: storyline outlets ACTION [ARGS] [--spring.datasource.url=...]

      Actions:
        list                 every outlet with articles or a description: lean, country, topics, note
        set NAME [--lean L] [--country C] [--note N] [--topics a,b]
                             describe an outlet (unnamed options keep their value);
                             L: left, lean left, centre, lean right, right, unknown
        remove NAME          forget an outlet's description (its lean becomes unknown)
        import FILE          import a YAML (.yml, .yaml) or CSV (.csv) outlet file; a file with
                             any bad record is refused whole, with the record's number

      Leans and topics are your statements; pages show them as set by this site's operator.
      """;

  private final PrintStream out;
  private final Function<List<String>, ConfigurableApplicationContext> context;

  OutletsCommand(PrintStream out, Function<List<String>, ConfigurableApplicationContext> context) {
    this.out = out;
    this.context = context;
  }

  int run(String[] args) throws IOException {
    List<String> words = new ArrayList<>();
    List<String> spring = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (List.of("--lean", "--country", "--note", "--topics").contains(a)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value (outlets --help)");
        }
        options.put(a.substring(2), args[++i]);
      } else if (a.startsWith("--")) {
        spring.add(a);
      } else {
        words.add(a);
      }
    }
    if (words.isEmpty() || spring.contains("--help")) {
      out.print(USAGE);
      return words.isEmpty() && !spring.contains("--help") ? 2 : 0;
    }
    String action = words.get(0);
    String arg = words.size() > 1 ? words.get(1) : null;
    List<Outlet> fromFile = action.equals("import") ? read(need(arg, "FILE")) : null;
    try (ConfigurableApplicationContext ctx = context.apply(spring)) {
      OutletRepository outlets = ctx.getBean(OutletRepository.class);
      switch (action) {
        case "list" -> list(outlets);
        case "set" -> out.println("set " + line(set(outlets, need(arg, "NAME"), options)));
        case "remove" ->
            out.println(
                outlets.remove(need(arg, "NAME")) ? "removed " + arg : "no description of " + arg);
        case "import" -> {
          outlets.saveAll(fromFile);
          out.println("imported " + fromFile.size() + " outlets from " + arg);
        }
        default ->
            throw new IllegalArgumentException("unknown action " + action + " (outlets --help)");
      }
    }
    return 0;
  }

  private static List<Outlet> read(String file) throws IOException {
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("cannot read " + file);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return OutletFile.read(in, OutletFile.Format.of(path.getFileName().toString()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  private static Outlet set(OutletRepository outlets, String name, Map<String, String> o) {
    Outlet before = outlets.find(name).orElse(Outlet.undescribed(name));
    Outlet after =
        new Outlet(
            name,
            o.containsKey("lean") ? Lean.parse(o.get("lean")) : before.lean(),
            o.getOrDefault("country", before.country()),
            o.getOrDefault("note", before.note()),
            o.containsKey("topics")
                ? Arrays.stream(o.get("topics").split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList()
                : before.topics());
    outlets.save(after);
    return after;
  }

  private void list(OutletRepository outlets) {
    Map<String, Outlet> described = outlets.all();
    Map<String, Integer> published = outlets.published();
    TreeSet<String> names = new TreeSet<>(published.keySet());
    names.addAll(described.keySet());
    for (String n : names) {
      out.println(
          line(described.getOrDefault(n, Outlet.undescribed(n)))
              + "  ("
              + published.getOrDefault(n, 0)
              + " articles)");
    }
  }

  static String line(Outlet o) {
    return o.name()
        + "  lean="
        + o.lean().key()
        + (o.country().isEmpty() ? "" : "  country=" + o.country())
        + (o.topics().isEmpty() ? "" : "  topics=" + String.join(",", o.topics()))
        + (o.note().isEmpty() ? "" : "  note=" + o.note());
  }

  private static String need(String arg, String what) {
    if (arg == null) {
      throw new IllegalArgumentException(what + " is required (outlets --help)");
    }
    return arg;
  }
}
