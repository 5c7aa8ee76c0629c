package dev.storyline.brief.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.StoryMaterial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the extractive brief, then asks the chat model to rewrite Why It Matters, the summary and
 * the explainer from the sentences that brief cites (and each article's lead). Every generated
 * sentence is checked against the story's sources ({@link Sources}); unsupported sentences are
 * withheld and counted. A section is replaced only when at least one of its sentences passes;
 * {@link Brief#writer()} then names the model, the checked sections and the withheld count
 * ("llm:openai/gpt-4o-mini; checked summary, explainer; withheld 1"). Any provider error, timeout
 * or unparseable answer leaves the extractive brief as it is. Thread-safe when the model is.
 */
public final class LlmBriefWriter implements BriefWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LlmBriefWriter.class);

  private final ExtractiveBriefWriter extractive = new ExtractiveBriefWriter();
  private final ChatModel model;
  private final String name;
  private final Function<String, float[]> embedder;

  /**
   * @param model the chat model
   * @param name the writer name ({@link LlmSettings#writerName()})
   * @param embedder sentence embedder of the analyzer (unit vectors), or null for lexical support
   */
  public LlmBriefWriter(ChatModel model, String name, Function<String, float[]> embedder) {
    this.model = model;
    this.name = name;
    this.embedder = embedder;
  }

  @Override
  public Brief write(StoryMaterial material) {
    Brief base = extractive.write(material);
    String answer;
    try {
      answer = model.chat(Prompt.of(base, material.articles()));
    } catch (RuntimeException e) {
      LOG.warn(
          "LLM writer failed for story {} ({}); extractive brief kept",
          material.storyId(),
          e.getClass().getSimpleName());
      return base;
    }
    Map<String, List<String>> sections = Prompt.parse(answer);
    if (sections.isEmpty()) {
      return base;
    }
    return checked(base, sections, new Sources(material.articles(), embedder));
  }

  private Brief checked(Brief base, Map<String, List<String>> sections, Sources sources) {
    Map<String, List<Line>> kept = new LinkedHashMap<>();
    int withheld = 0;
    for (Map.Entry<String, List<String>> e : sections.entrySet()) {
      List<Line> lines = new ArrayList<>();
      for (String sentence : e.getValue()) {
        Line line = sources.check(sentence);
        if (line == null) {
          withheld++;
        } else {
          lines.add(line);
        }
      }
      if (!lines.isEmpty()) {
        kept.put(e.getKey(), lines);
      }
    }
    if (kept.isEmpty()) {
      return new Brief(
          base.storyId(),
          base.headline(),
          base.whyItMatters(),
          base.keyPoints(),
          base.summary(),
          base.explainer(),
          base.sides(),
          base.noise(),
          base.forecast(),
          base.timeline(),
          base.sources(),
          base.gaps(),
          base.writtenAt(),
          ExtractiveBriefWriter.NAME + "; llm withheld " + withheld);
    }
    Map<String, String> gaps = new LinkedHashMap<>(base.gaps());
    kept.keySet().forEach(gaps::remove);
    Brief.Explainer explainer =
        kept.containsKey("explainer")
            ? new Brief.Explainer(kept.get("explainer"), base.explainer().glosses())
            : base.explainer();
    String writer =
        name + "; checked " + String.join(", ", kept.keySet()) + "; withheld " + withheld;
    return new Brief(
        base.storyId(),
        base.headline(),
        kept.getOrDefault("why_it_matters", base.whyItMatters()),
        base.keyPoints(),
        kept.getOrDefault("summary", base.summary()),
        explainer,
        base.sides(),
        base.noise(),
        base.forecast(),
        base.timeline(),
        base.sources(),
        gaps,
        base.writtenAt(),
        writer);
  }
}
