package dev.storyline.eval;

import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One brief as the JSON line of {@code eval brief --output}: the section keys of {@link
 * Brief#SECTIONS} plus {@code story}, {@code sources} and {@code gaps}; every sentence is {@code
 * {"text":…, "refs":["articleId#sentence", …]}} (sentence -1 is the title).
 */
final class BriefJson {
  private BriefJson() {}

  static Map<String, Object> of(Brief b) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("story", b.storyId());
    out.put("headline", line(b.headline()));
    out.put("why_it_matters", lines(b.whyItMatters()));
    out.put("key_points", lines(b.keyPoints()));
    out.put("summary", lines(b.summary()));
    out.put(
        "explainer",
        ordered(
            "lines",
            lines(b.explainer().lines()),
            "glosses",
            b.explainer().glosses().stream()
                .map(g -> labelled("actor", g.actor(), g.line()))
                .toList()));
    List<Object> sides = new ArrayList<>();
    for (Brief.Camp c : b.sides()) {
      List<Object> stances = new ArrayList<>();
      for (Brief.Stance s : c.stances()) {
        Map<String, Object> m = labelled("actor", s.actor(), s.line());
        m.put("quote", s.quote());
        stances.add(m);
      }
      sides.add(ordered("camp", c.name(), "stances", stances));
    }
    out.put("sides", sides);
    Brief.Noise n = b.noise();
    out.put(
        "noise",
        ordered(
            "score",
            n.score(),
            "label",
            n.label(),
            "articles",
            n.articles(),
            "outlets",
            n.outlets(),
            "basis",
            n.basis(),
            "loud_but_thin",
            n.loudButThin()));
    out.put(
        "forecast",
        ordered(
            "items",
            b.forecast().items().stream()
                .map(i -> labelled("attribution", i.attribution(), i.line()))
                .toList(),
            "disclaimer",
            b.forecast().disclaimer()));
    out.put(
        "timeline",
        b.timeline().stream()
            .map(
                e -> {
                  Map<String, Object> m = labelled("date", e.date().toString(), e.line());
                  m.put("label", e.label());
                  m.put("background", e.background());
                  return m;
                })
            .toList());
    out.put(
        "sources",
        b.sources().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", s.articleId());
                  m.put("outlet", s.outlet());
                  m.put("title", s.title());
                  m.put("published", s.published().toString());
                  return m;
                })
            .toList());
    out.put("gaps", b.gaps());
    out.put("writer", b.writer());
    return out;
  }

  /** A map of the keys and values in the order given, so that every run writes the same bytes. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> labelled(String key, String value, Line line) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    m.putAll(line(line));
    return m;
  }

  static Map<String, Object> line(Line l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", l.text());
    m.put("refs", l.refs().stream().map(BriefJson::ref).toList());
    return m;
  }

  private static List<Object> lines(List<Line> ls) {
    return ls.stream().map(l -> (Object) line(l)).toList();
  }

  static String ref(SourceRef r) {
    return r.articleId() + "#" + r.sentence();
  }

  /** Every published line of a brief (sections in page order). */
  static List<Line> allLines(Brief b) {
    List<Line> out = new ArrayList<>();
    out.add(b.headline());
    out.addAll(b.whyItMatters());
    out.addAll(b.keyPoints());
    out.addAll(b.summary());
    out.addAll(b.explainer().lines());
    b.explainer().glosses().forEach(g -> out.add(g.line()));
    b.sides().forEach(c -> c.stances().forEach(s -> out.add(s.line())));
    b.forecast().items().forEach(i -> out.add(i.line()));
    b.timeline().forEach(e -> out.add(e.line()));
    return out;
  }
}
