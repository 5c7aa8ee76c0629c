package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code eval all} prints ({@link AllReport}): its rows, and each row's figure beside its
 * baseline and the floor read from the floors file, with a status.
 */
final class AllTable {

  private AllTable() {}

  /** One line of the table; {@code floor} is a JSON pointer into the floors file, or null. */
  record Row(
      String set, String measure, double ours, String baselineName, Double baseline, String floor) {
    static Row of(String set, String measure, double ours, String floor) {
      return new Row(set, measure, ours, null, null, floor);
    }
  }

  /** Prints the rows as one table, each with its floor and status, and a closing count. */
  static void print(List<Row> rows, JsonNode floors, Path floorsFile, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-34s %-52s %7s  %-40s %8s %7s  %s%n",
        "set",
        "measure",
        "ours",
        "baseline",
        "",
        "floor",
        "status");
    int below = 0;
    for (Row r : rows) {
      Double floor = floor(floors, r.floor());
      List<String> status = new ArrayList<>();
      if (floor != null && r.ours() < floor - 1e-9) {
        status.add("BELOW FLOOR");
      }
      if (r.baseline() != null && r.ours() < r.baseline()) {
        status.add("below baseline");
      }
      below += status.isEmpty() ? 0 : 1;
      out.printf(
          Locale.ROOT,
          "%-34s %-52s %7s  %-40s %8s %7s  %s%n",
          r.set(),
          r.measure(),
          fmt(r.ours()),
          r.baselineName() == null ? "-" : r.baselineName(),
          r.baseline() == null ? "" : fmt(r.baseline()),
          floor == null ? "-" : fmt(floor),
          status.isEmpty() ? "ok" : String.join(", ", status));
    }
    out.printf(
        Locale.ROOT,
        "%d of %d rows below their floor or baseline; floors from %s%n",
        below,
        rows.size(),
        floors == null ? "(not found: " + floorsFile + ")" : floorsFile);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) > 1
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  private static Double floor(JsonNode floors, String pointer) {
    if (floors == null || pointer == null) {
      return null;
    }
    JsonNode n = floors.at(pointer);
    return n.isNumber() ? n.asDouble() : null;
  }
}
