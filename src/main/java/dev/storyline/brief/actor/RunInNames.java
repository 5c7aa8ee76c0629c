package dev.storyline.brief.actor;

import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the recogniser ran into other words ("The Times David Wighton", "BBC Dr Murray", "Los
 * Angeles Conrad Murray"), for {@link Actors}: each is the person it names, its mentions cut to
 * that name.
 */
final class RunInNames {
  /** A newspaper's name ("The Times", "Valley Post") before a person's given name and surname. */
  private static final Pattern RUN_IN_OUTLET =
      Pattern.compile(
          "((?:The\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3}(?:Times|Post|Journal|Guardian|Telegraph"
              + "|Herald|Tribune|Mail|Independent|Observer|Gazette|Economist|Chronicle|Express"
              + "|Mirror|Globe|Courier|Bulletin|Examiner|Inquirer)(?:\\s*['’]\\s*s?)?)\\s+"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)?\\s+\\p{Lu}[\\p{L}'’-]+)");

  /** Honorifics that, inside a name, start the person's own name ("BBC Dr Vale"). */
  private static final Set<String> INNER_HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof");

  /**
   * Names the recogniser ran into other words, each with the key of the person it names: the words
   * after an honorific inside the name ("bbc dr vale": "vale"), a person's full name of the story
   * after leading words (a place, a caption's "Quote", another name: "port sarel ilse ferd" when
   * "ilse ferd" is named more often on its own), or the name after an outlet ({@link
   * #withoutOutlet}).
   */
  static Map<String, String> of(Map<String, List<EntityMention>> mentions, Set<String> outlets) {
    Map<String, String> out = new HashMap<>();
    mentions.forEach(
        (key, ms) -> {
          EntityKind kind = Actors.kind(ms);
          String[] w = key.split("\\s+");
          if ((kind != EntityKind.PERSON && kind != EntityKind.OTHER) || w.length < 3) {
            return;
          }
          String to = null;
          for (int i = 1; i < w.length - 1 && to == null; i++) {
            if (INNER_HONORIFICS.contains(w[i].replace(".", ""))) {
              to = String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length));
            }
          }
          for (int i = 1; i <= w.length - 2 && to == null; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
            List<EntityMention> t = mentions.get(tail);
            if (t != null && Actors.kind(t) == EntityKind.PERSON && t.size() > ms.size()) {
              to = tail;
            }
          }
          if (to == null) {
            String text = ms.get(0).text().strip();
            String plain = withoutOutlet(text, outlets);
            if (!plain.equals(text)) {
              to = plain.toLowerCase(Locale.ROOT);
            }
          }
          if (to != null && !to.equals(key)) {
            out.put(key, to);
          }
        });
    return out;
  }

  /** Moves the mentions of each run-in name to the key of the person it names, cut to that name. */
  static void fold(
      Map<String, List<EntityMention>> mentions,
      Map<String, Set<String>> docs,
      Map<String, Set<PersonNames.Gender>> titled,
      Map<String, String> runIn) {
    runIn.forEach(
        (from, to) -> {
          int words = to.split("\\s+").length;
          for (EntityMention m : mentions.remove(from)) {
            String[] w = m.text().strip().split("\\s+");
            // keep the honorific before a bare surname ("Dr Vale")
            int keep = Math.min(w.length, words + (words == 1 && w.length > 1 ? 1 : 0));
            String text =
                String.join(" ", java.util.Arrays.copyOfRange(w, w.length - keep, w.length));
            int start = Math.max(m.start(), m.end() - text.length());
            mentions
                .computeIfAbsent(to, k -> new ArrayList<>())
                .add(new EntityMention(text, to, m.kind(), start, m.end()));
          }
          docs.computeIfAbsent(to, k -> new HashSet<>()).addAll(docs.remove(from));
          titled.computeIfAbsent(to, k -> new HashSet<>()).addAll(titled.remove(from));
        });
  }

  /**
   * A person's name without the outlet or column the recogniser ran into it ("The Times David
   * Wighton", "Valley Post Mara Lind" show as "David Wighton", "Mara Lind"): leading words that end
   * in a word of a newspaper's name, before a given name and a surname, or that spell an outlet of
   * the story.
   */
  static String withoutOutlet(String name, Set<String> outlets) {
    java.util.regex.Matcher m = RUN_IN_OUTLET.matcher(name);
    if (m.matches()) {
      return m.group(2);
    }
    String[] w = name.split("\\s+");
    for (int i = w.length - 2; i >= 1; i--) {
      String lead = String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
      if (outlets.contains(Actors.outletKey(lead))) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
      }
    }
    return name;
  }

  private RunInNames() {}
}
