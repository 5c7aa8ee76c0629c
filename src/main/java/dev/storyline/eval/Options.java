package dev.storyline.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --name value}, {@code --name=value} and bare {@code --flag} options. */
final class Options {
  private Options() {}

  /**
   * A command's task and its options. {@code name} is null when no task was named; help is wanted
   * then, or when {@code --help}/{@code -h} is given.
   */
  record Task(String name, Map<String, String> options) {
    boolean wantsHelp() {
      return name == null || options.containsKey("help");
    }

    /** Exit code after printing usage: 0 when help was asked for, 2 when no task was named. */
    int helpExitCode() {
      return options.containsKey("help") ? 0 : 2;
    }
  }

  /** Reads {@code TASK [OPTIONS]}, or {@code --help}. */
  static Task task(String[] args) {
    if (args.length == 0) {
      return new Task(null, Map.of());
    }
    if (args[0].equals("--help") || args[0].equals("-h")) {
      return new Task(null, Map.of("help", ""));
    }
    return new Task(args[0], parse(java.util.Arrays.copyOfRange(args, 1, args.length)));
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      }
      String name = a.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        out.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        out.put(name, args[++i]);
      } else {
        out.put(name, "");
      }
    }
    return out;
  }

  static String require(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }
}
