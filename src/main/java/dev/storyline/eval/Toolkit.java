package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.llm.LlmSettings;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The real stages, built by the application from its settings, for the commands to run.
 *
 * @param embedder loads the embedding model (once per call; callers keep it)
 * @param analyzer builds an analyzer over an embedder, with or without sentence embeddings
 * @param stories story clustering settings
 * @param storylines storyline linking settings
 * @param repair the repair pass's thresholds (for {@code --repair})
 * @param briefs the extractive brief writer
 * @param llm the LLM writer's settings, or empty when it is off
 * @param json JSON mapper
 */
public record Toolkit(
    Supplier<Embedder> embedder,
    BiFunction<Embedder, Boolean, ArticleAnalyzer> analyzer,
    StoryClusterer.Settings stories,
    StorylineLinker.Settings storylines,
    StoryRepair.Settings repair,
    BriefWriter briefs,
    Optional<LlmSettings> llm,
    ObjectMapper json) {}
