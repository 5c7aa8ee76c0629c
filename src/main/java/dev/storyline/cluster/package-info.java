/**
 * The cluster stage: assigns each article to a story (one real-world event) online, in publication
 * order, repairs recent stories (merges and splits, {@link dev.storyline.cluster.StoryRepair}), and
 * links stories of one saga into storylines. Public entry points: {@link
 * dev.storyline.cluster.StoryClusterer}, {@link dev.storyline.cluster.StoryScorer} (the learned
 * article-to-story score, weights in {@code /cluster/scorer.json}), {@link
 * dev.storyline.cluster.StoryRepair} and {@link dev.storyline.cluster.StorylineLinker}; helpers
 * stay package-private. Depends only on {@code domain}.
 */
package dev.storyline.cluster;
