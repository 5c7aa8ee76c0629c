package dev.storyline.domain;

/**
 * A named entity found in a sentence.
 *
 * @param text the surface form as written ("Ms. Adaeze Okafor", "the Meridian Port Authority")
 * @param key normalised key used to compare mentions across articles (lower case, titles and
 *     leading articles dropped: "adaeze okafor", "meridian port authority")
 * @param kind coarse kind
 * @param start offset of the mention within the sentence text
 * @param end end offset (exclusive) within the sentence text
 */
public record EntityMention(String text, String key, EntityKind kind, int start, int end) {}
