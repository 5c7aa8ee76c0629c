package dev.storyline.eval;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds installed programs on the PATH (and in /usr/sbin, where Debian puts nginx). */
final class Programs {
  private Programs() {}

  /** The program's path, or {@code null} when it is not installed. */
  static Path find(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
