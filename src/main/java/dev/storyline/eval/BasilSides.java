package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sides of the basil pages against BASIL's own labels (Fan et al. 2019, {@code
 * ../shared/data/basil}). Each quoted span there names its speaker, its target and its polarity; a
 * shown stance whose sentence holds such a span is judged:
 *
 * <ul>
 *   <li><b>speaker</b>: the stance's actor is the span's named speaker (surname or group word);
 *   <li><b>side</b>: the camp agrees with the span's polarity toward the event's main entity
 *       (Critics and Opponents speak against it, Defenders and Supporters for it; the main entity
 *       speaking for itself is on its own side). Party camps and "Other voices" claim no side and
 *       are not judged.
 * </ul>
 *
 * {@code meta.relative_stance} (which of the three outlets leans left or right of the others) says
 * nothing of a speaker, so it measures balance: the share of pages with sides whose stances come
 * from outlets of more than one relative stance.
 */
final class BasilSides {
  private static final Pattern FILE = Pattern.compile("([0-9a-f-]{36}_\\d)");

  /** One annotated quoted span. */
  record Span(String text, String speaker, String target, boolean negative) {}

  private final Map<String, List<Span>> spans = new HashMap<>();
  private final Map<String, String> mainEntity = new HashMap<>();
  int speakerJudged;
  int speakerRight;

  /** Right or, for a party group label ("House_Democrats"), of the party the article states. */
  int speakerRightParty;

  int sideJudged;
  int sideRight;
  int pagesWithSides;
  int balanced;
  final List<String> examples = new ArrayList<>();

  /** Reads the labels from {@code dir} (basil/), or returns null when they are absent. */
  static BasilSides read(Path dir, ObjectMapper json) throws IOException {
    Path ann = dir.resolve("annotations.jsonl.gz");
    Path art = dir.resolve("articles.jsonl.gz");
    if (!Files.isReadable(ann) || !Files.isReadable(art)) {
      return null;
    }
    BasilSides out = new BasilSides();
    for (JsonNode n : lines(ann, json)) {
      List<Span> list = new ArrayList<>();
      for (JsonNode p : n.path("phrase-level-annotations")) {
        if (p.path("quote").asText().equals("yes")) {
          list.add(
              new Span(
                  norm(p.path("txt").asText()),
                  p.path("speaker").asText(""),
                  p.path("target").asText(""),
                  p.path("polarity").asText().equals("neg")));
        }
      }
      out.spans.put(id(n.path("_file").asText()), list);
    }
    for (JsonNode n : lines(art, json)) {
      JsonNode main = n.path("main-entities");
      if (main.size() > 0) {
        out.mainEntity.put(id(n.path("_file").asText()), main.get(0).asText());
      }
    }
    return out;
  }

  private static String id(String file) {
    Matcher m = FILE.matcher(file);
    return m.find() ? "basil-" + m.group(1) : file;
  }

  private static List<JsonNode> lines(Path file, ObjectMapper json) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                dev.storyline.ingest.JsonLinesReader.open(file), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  /** Judges the sides of one page (basil pages only). */
  void check(PagesEval.Page page, Map<String, AnalyzedArticle> byId) {
    if (page.brief().sides().isEmpty()
        || page.articles().stream().noneMatch(a -> a.id().startsWith("basil-"))) {
      return;
    }
    pagesWithSides++;
    Set<String> stances = new HashSet<>();
    for (Brief.Camp camp : page.brief().sides()) {
      for (Brief.Stance s : camp.stances()) {
        SourceRef ref = s.line().refs().get(0);
        AnalyzedArticle a = byId.get(ref.articleId());
        if (a == null) {
          continue;
        }
        stances.add(a.article().meta().getOrDefault("relative_stance", ""));
        judge(camp.name(), s, a, ref);
      }
    }
    balanced += stances.size() > 1 ? 1 : 0;
  }

  private void judge(String camp, Brief.Stance s, AnalyzedArticle a, SourceRef ref) {
    String sentence = sentence(a, ref.sentence());
    if (sentence == null) {
      return;
    }
    String main = key(mainEntity.getOrDefault(a.id(), ""));
    for (Span span : spans.getOrDefault(a.id(), List.of())) {
      if (span.text().length() < 8 || !norm(sentence).contains(span.text())) {
        continue;
      }
      if (!span.speaker().isBlank() && !span.speaker().startsWith("other")) {
        speakerJudged++;
        boolean right = sameActor(s.actor(), span.speaker());
        speakerRight += right ? 1 : 0;
        boolean member = !right && PartyGroups.member(s.actor(), span.speaker(), text(a));
        speakerRightParty += right || member ? 1 : 0;
        examples.add(
            "speaker "
                + (right ? "right" : member ? "member" : "wrong")
                + ": shown "
                + s.actor()
                + ", labelled "
                + span.speaker());
      }
      Boolean against = claimsAgainst(camp);
      boolean aboutMain = key(span.target()).equals(main);
      boolean mainSpeaks = key(span.speaker()).equals(main);
      if (against != null && (aboutMain || mainSpeaks)) {
        boolean goldAgainst = aboutMain && span.negative() && !mainSpeaks;
        sideJudged++;
        sideRight += goldAgainst == against ? 1 : 0;
        if (goldAgainst != against) {
          examples.add(
              "side: "
                  + camp
                  + " "
                  + s.actor()
                  + " (labelled "
                  + (goldAgainst ? "against" : "for")
                  + " "
                  + main
                  + "): "
                  + s.line().text());
        }
      }
      return;
    }
  }

  /** True for camps against the story's subject, false for camps for it, null for the others. */
  static Boolean claimsAgainst(String camp) {
    return switch (camp) {
      case "Critics", "Opponents" -> true;
      case "Defenders", "Supporters" -> false;
      default -> null;
    };
  }

  static boolean sameActor(String shown, String labelled) {
    String s = shown.toLowerCase(Locale.ROOT);
    for (String w : labelled.toLowerCase(Locale.ROOT).split("_")) {
      if (w.length() > 3 && s.contains(w.replaceAll("s$", ""))) {
        return true;
      }
    }
    return false;
  }

  private static String sentence(AnalyzedArticle a, int index) {
    for (AnalyzedSentence s : a.sentences()) {
      if (s.index() == index) {
        return s.text();
      }
    }
    return null;
  }

  private static String text(AnalyzedArticle a) {
    return a.article().text() == null ? "" : a.article().text();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
  }

  static String norm(String t) {
    return t.toLowerCase(Locale.ROOT)
        .replaceAll("[\"“”‘’']", "")
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "")
        .strip();
  }
}
