package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Developer tool (not a test): for each gold story of a cached stream, the story's publishable
 * sentences that no section of its page shows, counted by why (does not read alone, off topic, says
 * what a shown sentence says by the summary's own repeat thresholds, else free). Usage: UnusedProbe
 * CACHE_DIR STREAM [EXAMPLES].
 */
public final class UnusedProbe {
  private UnusedProbe() {}

  public static void main(String[] args) throws Exception {
    Path stream = Path.of(args[1]);
    List<AnalyzedArticle> cached =
        AnalyzedCache.load(
            stream, Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), true));
    Map<String, List<AnalyzedArticle>> stories =
        cached.stream()
            .collect(
                Collectors.groupingBy(
                    a -> StreamFile.gold(a.article()), LinkedHashMap::new, Collectors.toList()));
    int examples = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    Map<String, Integer> why = new TreeMap<>();
    int all = 0;
    int shownCount = 0;
    ExtractiveBriefWriter writer = new ExtractiveBriefWriter();
    for (Map.Entry<String, List<AnalyzedArticle>> e : stories.entrySet()) {
      List<AnalyzedArticle> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparing(a -> a.article().published()));
      StoryMaterial material = OneStory.material(e.getKey(), members, null);
      Brief b = writer.write(material);
      Set<SourceRef> used = new HashSet<>();
      List<Line> lines = new ArrayList<>();
      lines.addAll(b.whyItMatters());
      lines.addAll(b.keyPoints());
      lines.addAll(b.summary());
      lines.addAll(b.explainer().lines());
      b.sides().forEach(c -> c.stances().forEach(s -> lines.add(s.line())));
      b.forecast().items().forEach(i -> lines.add(i.line()));
      lines.forEach(l -> used.addAll(l.refs()));
      StoryText text = StoryText.of(members);
      List<StorySentence> shown =
          text.sentences().stream().filter(s -> used.contains(s.ref())).toList();
      for (StorySentence s : text.publishable()) {
        all++;
        String k;
        if (used.contains(s.ref())) {
          k = "shown";
          shownCount++;
        } else if (!text.onTopic(s)) {
          k = "off topic";
        } else if (!s.readsAlone()) {
          k = "needs the sentence before";
        } else if (shown.stream()
            .anyMatch(
                x ->
                    text.similarity(s, x) >= text.overlapping()
                        || text.leadRank().similarity(s, x)
                            >= dev.storyline.brief.section.SummaryWriter.RESTATES_LEXICALLY)) {
          k = "repeats a shown one";
        } else {
          k = "free";
          if (examples-- > 0) {
            System.out.println(e.getKey() + " summary=" + b.summary().size() + " :: " + s.text());
          }
        }
        why.merge(k, 1, Integer::sum);
      }
    }
    System.out.println("publishable " + all + " " + why);
  }
}
