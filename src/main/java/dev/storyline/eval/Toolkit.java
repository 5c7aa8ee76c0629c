package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.brief.BriefWriter;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StorylineLinker;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The real stages, built by the application from its settings, for the commands to run.
 *
 * @param embedder loads the embedding model (once per call; callers keep it)
 * @param analyzer builds an analyzer over an embedder, with or without sentence embeddings
 * @param stories story clustering settings
 * @param storylines storyline linking settings
 * @param briefs the brief writer
 * @param json JSON mapper
 */
public record Toolkit(
    Supplier<Embedder> embedder,
    BiFunction<Embedder, Boolean, ArticleAnalyzer> analyzer,
    StoryClusterer.Settings stories,
    StorylineLinker.Settings storylines,
    BriefWriter briefs,
    ObjectMapper json) {}
