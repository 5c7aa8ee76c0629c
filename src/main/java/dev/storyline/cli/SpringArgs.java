package dev.storyline.cli;

import java.util.List;

/** Command-line settings that a command sets for itself unless the user already set them. */
final class SpringArgs {
  private SpringArgs() {}

  /** Adds {@code --name=value} to {@code args} unless an argument already sets {@code name}. */
  static void setIfAbsent(List<String> args, String name, String value) {
    String prefix = "--" + name;
    if (args.stream().noneMatch(a -> a.equals(prefix) || a.startsWith(prefix + "="))) {
      args.add(prefix + "=" + value);
    }
  }
}
