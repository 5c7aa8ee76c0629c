package dev.storyline.web.page;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code Brief.writer()} says about who wrote a brief, parsed for the page. The LLM writer
 * names itself, the sections whose sentences it wrote and checked, and how many sentences it
 * withheld: {@code "llm:openai/gpt-4o-mini; checked summary, explainer; withheld 1"}. The
 * extractive writer is {@code "extractive"}, optionally followed by {@code "; llm withheld N"} when
 * an LLM answer was entirely withheld.
 *
 * @param name the writer's name (first part)
 * @param checked section keys written by the LLM and checked against the sources
 * @param withheld sentences withheld by the check, over the whole brief
 */
public record WriterMark(String name, Set<String> checked, int withheld) {

  public WriterMark {
    checked = Set.copyOf(checked);
  }

  /** Parses a writer string; {@code null} or blank gives an extractive mark with no checks. */
  static WriterMark parse(String writer) {
    if (writer == null || writer.isBlank()) {
      return new WriterMark("extractive", Set.of(), 0);
    }
    String[] parts = writer.split(";");
    Set<String> checked = new LinkedHashSet<>();
    int withheld = 0;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.startsWith("checked ")) {
        for (String key : part.substring("checked ".length()).split(",")) {
          if (!key.isBlank()) {
            checked.add(key.trim());
          }
        }
      } else if (part.startsWith("withheld ") || part.startsWith("llm withheld ")) {
        withheld = count(part.substring(part.lastIndexOf(' ') + 1));
      }
    }
    return new WriterMark(parts[0].trim(), checked, withheld);
  }

  private static int count(String number) {
    try {
      return Math.max(0, Integer.parseInt(number.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** True when the section's sentences were written by the LLM and checked. */
  public boolean checked(String section) {
    return checked.contains(section);
  }

  /** Badge text: "Checked" or "Checked · 2 withheld". */
  public String badge() {
    return withheld == 0 ? "Checked" : "Checked · " + withheld + " withheld";
  }

  /** Longer explanation for the badge's title. */
  public String note() {
    String model = name.startsWith("llm:") ? name.substring(4) : name;
    return "Written by "
        + model
        + "; every sentence was checked against the sources"
        + (withheld == 0
            ? "."
            : "; "
                + withheld
                + (withheld == 1 ? " sentence" : " sentences")
                + " without support withheld.");
  }

  /** Section keys in a stable order, for tests and logs. */
  List<String> checkedList() {
    return checked.stream().sorted().toList();
  }
}
