package dev.storyline.eval;

import dev.storyline.eval.AllTable.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction rows of {@code eval all} ({@link AllReport}): runs {@code eval extract} on a set
 * and reads its figures (ours and trafilatura's) from what it printed.
 */
final class AllExtract {

  private final Toolkit toolkit;
  private final PrintStream out;

  AllExtract(Toolkit toolkit, PrintStream out) {
    this.toolkit = toolkit;
    this.out = out;
  }

  private static final Pattern F1 = Pattern.compile("(?m)^F1\\s+([0-9.]+)(?:\\s+([0-9.]+))?\\s*$");
  private static final Pattern PAGES = Pattern.compile("(?m)^pages\\s+(\\d+)");

  /**
   * Runs {@code eval extract} on a set (the Dragnet test split; every page elsewhere), which scores
   * trafilatura's shipped output beside ours on the same pages.
   */
  Optional<Row> extract(String set, Path dir, String key, String split) throws IOException {
    if (!Files.isDirectory(dir)) {
      out.println("skipped " + set + ": " + dir + " not found");
      return Optional.empty();
    }
    out.println("extraction " + set);
    List<String> args =
        new ArrayList<>(List.of("extract", "--input", dir.toString(), "--repeat", "1"));
    if (split != null) {
      args.addAll(List.of("--split", split));
    }
    String ours = capture(args.toArray(String[]::new));
    Matcher f1 = F1.matcher(ours);
    if (!f1.find()) {
      throw new IllegalStateException("no figure in: " + ours);
    }
    Double baseline = f1.group(2) == null ? null : Double.parseDouble(f1.group(2));
    Matcher pages = PAGES.matcher(ours);
    String label =
        set
            + (split == null ? "" : " " + split)
            + (pages.find() ? " (" + pages.group(1) + " pages)" : "");
    return Optional.of(
        new Row(
            label,
            "main-text F1",
            Double.parseDouble(f1.group(1)),
            "trafilatura (its output, same scorer)",
            baseline,
            "/extract/" + key + "/f1"));
  }

  private String capture(String... args) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    new EvalCommand(p, p, toolkit).run(args);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
