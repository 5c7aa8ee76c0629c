package dev.storyline.store;

import dev.storyline.domain.JoinEvidence;

/**
 * Why an article is in its story: how it got there now ({@code kind}: joined, founded, merged,
 * split, moved) and the evidence stored when it was placed.
 */
public record ArticleWhy(String kind, JoinEvidence evidence) {}
