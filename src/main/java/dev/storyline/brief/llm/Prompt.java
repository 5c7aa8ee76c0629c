package dev.storyline.brief.llm;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request to the model and the parsing of its answer into sections and sentences. */
final class Prompt {
  static final int MAX_SOURCES = 40;
  private static final Pattern HEADER =
      Pattern.compile("(?im)^\\s*(?:#+\\s*)?\\**(WHY IT MATTERS|SUMMARY|EXPLAINER)\\**\\s*:?\\s*");

  /** A sentence ends at . ! or ? (and a closing quote) before a space and a capital letter. */
  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“]?\\p{Lu})");

  private Prompt() {}

  static String of(Brief base, List<AnalyzedArticle> articles) {
    Set<String> facts = new LinkedHashSet<>();
    base.keyPoints().forEach(l -> facts.add(l.text()));
    base.whyItMatters().forEach(l -> facts.add(l.text()));
    base.summary().forEach(l -> facts.add(l.text()));
    base.explainer().lines().forEach(l -> facts.add(l.text()));
    base.explainer().glosses().forEach(g -> facts.add(g.line().text()));
    for (AnalyzedArticle a : articles) {
      if (!a.sentences().isEmpty()) {
        facts.add(a.sentences().get(0).text());
      }
    }
    StringBuilder p = new StringBuilder();
    p.append(
            "You write a neutral news brief. Use ONLY facts stated in the source sentences below.\n")
        .append("Never add names, numbers or dates that are not in them. No opinions, no quotes.\n")
        .append("Answer in exactly three sections:\n")
        .append("WHY IT MATTERS: one or two sentences on the consequences the sources state.\n")
        .append("SUMMARY: four to six sentences telling what happened, in time order.\n")
        .append(
            "EXPLAINER: three plain sentences for a newcomer; the first may be an analogy starting"
                + " \"Think of\".\n\nHeadline: ")
        .append(base.headline().text())
        .append("\nSource sentences:\n");
    int i = 1;
    for (String f : facts) {
      if (i > MAX_SOURCES) {
        break;
      }
      p.append(i++).append(". ").append(f).append('\n');
    }
    return p.toString();
  }

  /** Section key ({@code why_it_matters}, {@code summary}, {@code explainer}) to its sentences. */
  static Map<String, List<String>> parse(String answer) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (answer == null) {
      return out;
    }
    Matcher h = HEADER.matcher(answer);
    List<int[]> marks = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (h.find()) {
      marks.add(new int[] {h.start(), h.end()});
      keys.add(h.group(1).toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
    }
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : answer.length();
      List<String> sentences = sentences(answer.substring(marks.get(i)[1], end));
      if (!sentences.isEmpty()) {
        out.put(keys.get(i), sentences);
      }
    }
    return out;
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    String flat = text.replaceAll("(?m)^\\s*[-*•]\\s*", " ").replaceAll("\\s+", " ").strip();
    for (String s : BOUNDARY.split(flat)) {
      if (s.strip().split("\\s+").length >= 4) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }
}
