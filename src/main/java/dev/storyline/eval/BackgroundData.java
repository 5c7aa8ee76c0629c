package dev.storyline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the background-summaries data (Pratapa et al. 2023): {@code events.tar.gz} (or an extracted
 * {@code events/} folder) holding {@code events/<event>/annotator<N>.tsv}, and the event names of a
 * split from {@code splits/<split>.txt}. Each TSV row is a date, the annotator's update for that
 * date and the background written from the earlier updates only.
 */
final class BackgroundData {
  private static final Pattern FILE =
      Pattern.compile("(?:^|/)events/([^/]+)/(annotator\\d+)\\.tsv$");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private BackgroundData() {}

  /** One row: a date, its update, and the reference background ("" for the first date). */
  record Row(LocalDate date, String update, String background) {}

  /** One annotator's timeline of an event, in file order. */
  record Timeline(String event, String annotator, List<Row> rows) {}

  /** The event names of a split. */
  static List<String> split(Path dir, String split) throws IOException {
    Path file = dir.resolve("splits").resolve(split + ".txt");
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file + " (splits: train, dev, test)");
    }
    return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Every annotator timeline of the data, sorted by event then annotator. */
  static List<Timeline> timelines(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path events = dir.resolve("events");
    if (Files.isDirectory(events)) {
      try (var walk = Files.walk(events)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
      }
    } else {
      Path tar = dir.resolve("events.tar.gz");
      if (!Files.isReadable(tar)) {
        throw new IllegalArgumentException(
            "cannot read "
                + tar
                + " (the shared evaluation data lives in ../shared/data; see its README.md)");
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(tar))) {
        files.putAll(untar(in));
      }
    }
    List<Timeline> out = new ArrayList<>();
    files.forEach(
        (name, text) -> {
          Matcher m = FILE.matcher(name);
          if (m.find()) {
            out.add(new Timeline(m.group(1), m.group(2), rows(text)));
          }
        });
    return out;
  }

  /** The regular files of a tar stream (ustar; names up to 100 characters, or with a prefix). */
  static Map<String, String> untar(InputStream in) throws IOException {
    Map<String, String> out = new TreeMap<>();
    byte[] header = new byte[512];
    while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      String name = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      long size =
          Long.parseLong(
              field(header, 124, 12).strip().isEmpty() ? "0" : field(header, 124, 12).strip(), 8);
      byte[] body = in.readNBytes((int) size);
      in.skipNBytes((512 - size % 512) % 512);
      char type = (char) header[156];
      if (type == '0' || type == 0) {
        out.put(
            prefix.isEmpty() ? name : prefix + "/" + name,
            new String(body, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String field(byte[] header, int from, int length) {
    int end = from;
    while (end < from + length && header[end] != 0) {
      end++;
    }
    return new String(header, from, end - from, StandardCharsets.US_ASCII);
  }

  /** The data rows of one TSV file (header skipped); rows without a date are dropped. */
  static List<Row> rows(String tsv) {
    List<List<String>> records = Tsv.parse(tsv);
    List<Row> out = new ArrayList<>();
    for (List<String> r : records.subList(Math.min(1, records.size()), records.size())) {
      Matcher d = DATE.matcher(r.isEmpty() ? "" : r.get(0));
      if (d.find()) {
        out.add(new Row(LocalDate.parse(d.group(1)), clean(cell(r, 1)), clean(cell(r, 2))));
      }
    }
    return out;
  }

  private static String cell(List<String> r, int i) {
    return i < r.size() ? r.get(i) : "";
  }

  /** Literal "\n" sequences in the annotations become spaces. */
  private static String clean(String s) {
    return s.replace("\\n", " ").replaceAll("\\s+", " ").strip();
  }

  /** Tab-separated values with double-quote quoting ("" inside quotes is one quote). */
  static final class Tsv {
    private Tsv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> out = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"' && cell.isEmpty()) {
          quoted = true;
        } else if (c == '\t') {
          record.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          end(out, record, cell);
          record = new ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      end(out, record, cell);
      return out;
    }

    private static void end(List<List<String>> out, List<String> record, StringBuilder cell) {
      record.add(cell.toString());
      cell.setLength(0);
      if (!(record.size() == 1 && record.get(0).isEmpty())) {
        out.add(record);
      }
    }
  }
}
