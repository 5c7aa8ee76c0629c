package dev.storyline.eval;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code wrk} (keep-alive, closed loop) and reads its report. */
final class Wrk {
  private Wrk() {}

  static boolean installed() {
    return Programs.find("wrk") != null;
  }

  static HttpLoad.Result run(URI url, int connections, Duration duration, Duration timeout)
      throws IOException, InterruptedException {
    HttpLoad.loopback(url);
    int threads = Math.min(2, connections);
    Process p =
        new ProcessBuilder(
                List.of(
                    Programs.find("wrk").toString(),
                    "-t" + threads,
                    "-c" + connections,
                    "-d" + duration.toSeconds() + "s",
                    "--timeout",
                    timeout.toSeconds() + "s",
                    "--latency",
                    url.toString()))
            .redirectErrorStream(true)
            .start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("wrk failed: " + report);
    }
    return parse(report);
  }

  /** Reads wrk's report (with {@code --latency}). */
  static HttpLoad.Result parse(String report) {
    Matcher done = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s)").matcher(report);
    if (!done.find()) {
      throw new IllegalArgumentException("not a wrk report: " + report);
    }
    double seconds = Double.parseDouble(done.group(2)) * (done.group(3).equals("ms") ? 0.001 : 1);
    return new HttpLoad.Result(
        Long.parseLong(done.group(1)),
        seconds,
        percentile(report, "50%"),
        percentile(report, "99%"),
        max(report),
        socketErrors(report, "connect")
            + socketErrors(report, "read")
            + socketErrors(report, "write"),
        socketErrors(report, "timeout"),
        count(report, "Non-2xx or 3xx responses: (\\d+)"));
  }

  private static double percentile(String report, String which) {
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s|m)").matcher(report);
    return m.find() ? millis(m.group(1), m.group(2)) : 0;
  }

  private static double max(String report) {
    Matcher m =
        Pattern.compile("Latency\\s+[\\d.]+\\w+\\s+[\\d.]+\\w+\\s+([\\d.]+)(us|ms|s|m)")
            .matcher(report);
    return m.find() ? millis(m.group(1), m.group(2)) : 0;
  }

  private static long socketErrors(String report, String kind) {
    return count(report, "Socket errors:.*?" + kind + " (\\d+)");
  }

  private static long count(String report, String regex) {
    Matcher m = Pattern.compile(regex).matcher(report);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static double millis(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "us" -> v / 1000;
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000;
    };
  }
}
