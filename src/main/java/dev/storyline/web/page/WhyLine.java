package dev.storyline.web.page;

import dev.storyline.domain.JoinEvidence;
import dev.storyline.store.ArticleWhy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line saying why a source is in its story, written from the evidence the clusterer stored when
 * it placed the article (never recomputed to look plausible).
 */
final class WhyLine {
  private WhyLine() {}

  /** The line, or a plain note when no evidence was stored. */
  static String of(ArticleWhy why) {
    if (why == null) {
      return "Grouped before Storyline kept the reasons for its groupings.";
    }
    JoinEvidence e = why.evidence();
    String original = original(e);
    return switch (why.kind()) {
      case JoinEvidence.MERGED ->
          "Came with a story the repair pass merged into this one (their articles were close in"
              + " meaning and named the same actors). "
              + original;
      case JoinEvidence.SPLIT ->
          "Split off with its group by the repair pass from a story whose articles had drifted"
              + " apart. "
              + original;
      case JoinEvidence.MOVED -> e.note();
      default -> original;
    };
  }

  private static String original(JoinEvidence e) {
    if (JoinEvidence.MOVED.equals(e.kind())) {
      return e.note();
    }
    if (JoinEvidence.FOUNDED.equals(e.kind())) {
      return e.probability() < 0
          ? "Started this story: no earlier story was near it in time."
          : "Started this story: no earlier story within the time window matched it well enough"
              + " (best match "
              + fmt(e.probability())
              + ", needed "
              + fmt(e.threshold())
              + ").";
    }
    List<String> shares = new ArrayList<>();
    if (!e.entities().isEmpty()) {
      shares.add("names " + String.join(", ", e.entities()));
    }
    if (!e.terms().isEmpty()) {
      shares.add("key words " + quoted(e.terms()));
    }
    StringBuilder line = new StringBuilder("Joined because it shares ");
    line.append(shares.isEmpty() ? "its subject" : String.join(" and ", shares));
    line.append(" with the story");
    if (e.gapHours() >= 0) {
      line.append(", published ").append(gap(e.gapHours())).append(" after its newest article");
    } else {
      line.append(", published ").append(gap(-e.gapHours())).append(" before its newest article");
    }
    Set<String> signals = new LinkedHashSet<>();
    e.top().forEach(f -> signals.add(signal(f.name())));
    if (!signals.isEmpty()) {
      line.append("; strongest signals: ").append(String.join(", ", signals));
    }
    line.append(" (match ")
        .append(fmt(e.probability()))
        .append(", needed ")
        .append(fmt(e.threshold()))
        .append(").");
    return line.toString();
  }

  /** A reader's words for a scorer feature; an unknown name is shown as it is. */
  static String signal(String feature) {
    return switch (feature) {
      case "centroid" -> "close in meaning to the story as a whole";
      case "nearest" -> "close in meaning to one of its articles";
      case "entities", "lead_entities", "people", "places", "orgs" -> "the same names";
      case "story_entities" -> "names the story's main actors";
      case "lead_terms", "title_terms" -> "the same key words";
      case "story_terms" -> "uses the story's own key words";
      case "numbers_shared" -> "the same figures";
      case "days_shared" -> "the same dates";
      case "margin" -> "clearly nearer than any other story";
      default -> feature.replace('_', ' ');
    };
  }

  private static String gap(double hours) {
    if (hours < 1) {
      return "less than an hour";
    }
    if (hours < 48) {
      long h = Math.round(hours);
      return h + (h == 1 ? " hour" : " hours");
    }
    long d = Math.round(hours / 24);
    return d + " days";
  }

  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(w -> "“" + w + "”").toList());
  }

  private static String fmt(double p) {
    return p >= 0.995 && p < 1 ? "above 0.99" : String.format(Locale.ROOT, "%.2f", p);
  }
}
