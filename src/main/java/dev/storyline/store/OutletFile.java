package dev.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the operator's outlet files. YAML: {@code outlets:} followed by a list of {@code name,
 * lean, country, note, topics} (topics a list or a comma-separated string). CSV: a header row with
 * {@code name,lean,country,note,topics} (topics separated by {@code ;} or {@code |}; columns other
 * than {@code name} may be left out). A file with any bad record is refused as a whole, with the
 * record's number and the reason, so a typo never half-imports a file.
 */
public final class OutletFile {
  private OutletFile() {}

  /** The file formats understood. */
  public enum Format {
    YAML,
    CSV;

    /** The format of a file name: {@code .yml}/{@code .yaml} or {@code .csv}. */
    public static Format of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".yml") || n.endsWith(".yaml")) {
        return YAML;
      }
      if (n.endsWith(".csv")) {
        return CSV;
      }
      throw new IllegalArgumentException(fileName + ": outlet files end in .yml, .yaml or .csv");
    }
  }

  public static List<Outlet> read(InputStream in, Format format) throws IOException {
    return format == Format.YAML ? yaml(in) : csv(in);
  }

  private static List<Outlet> yaml(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage());
    }
    JsonNode list = root == null ? null : root.isArray() ? root : root.get("outlets");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("a YAML outlet file holds a list under \"outlets:\"");
    }
    List<Outlet> out = new ArrayList<>();
    int n = 0;
    for (JsonNode o : list) {
      n++;
      JsonNode topics = o.path("topics");
      List<String> t = new ArrayList<>();
      if (topics.isArray()) {
        topics.forEach(x -> t.add(x.asText()));
      } else if (!topics.isMissingNode() && !topics.isNull()) {
        t.addAll(split(topics.asText()));
      }
      out.add(record(n, text(o, "name"), text(o, "lean"), text(o, "country"), text(o, "note"), t));
    }
    return out;
  }

  private static List<Outlet> csv(InputStream in) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Outlet> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerFor(Map.class).with(schema).readValues(in)) {
      int n = 1;
      while (rows.hasNext()) {
        n++;
        Map<String, String> row = rows.next();
        if (!row.containsKey("name")) {
          throw new IllegalArgumentException("a CSV outlet file needs a header with a name column");
        }
        out.add(
            record(
                n,
                row.get("name"),
                row.get("lean"),
                row.get("country"),
                row.get("note"),
                split(row.getOrDefault("topics", ""))));
      }
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw e;
      }
      throw new IllegalArgumentException("not valid CSV: " + e.getMessage());
    }
    return out;
  }

  private static Outlet record(
      int n, String name, String lean, String country, String note, List<String> topics) {
    try {
      return new Outlet(name, Lean.parse(lean), country, note, topics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("record " + n + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> split(String topics) {
    if (topics == null || topics.isBlank()) {
      return List.of();
    }
    return Arrays.stream(topics.split("[;|,]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
