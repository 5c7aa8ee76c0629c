package dev.storyline.analyze.entity;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy (beam size 1) part-of-speech tagging of the first tokens of a sentence with the OpenNLP
 * POS model.
 *
 * <p>The model's features for token {@code i} are the words {@code i-2..i+2}, the word's shape,
 * prefixes and suffixes, whether a neighbour opens the sentence, and the two previous tags; no
 * feature marks the sentence end. With greedy decoding the tag of token {@code i} therefore depends
 * only on the words up to {@code i+2} and the tags before it, so tagging the prefix {@code [0,
 * n+2)} gives the first {@code n} tags exactly as tagging the whole sentence would. The manifest
 * asks for a beam of 3; greedy decoding needs a third of the model evaluations, and the
 * recognizer's mentions were identical on all 15,858 basil and allsides-2021 sentences (check with
 * {@code AnalyzeProfile} in the test sources). Thread-safe: each thread has its own search and
 * context generator.
 */
final class PrefixTagger {

  /** Next-word window of the model's features ({@code nextLength} in its feature generator). */
  static final int LOOKAHEAD = 2;

  /** Tag given to tokens past the tagged prefix. */
  static final String UNTAGGED = "X";

  private final ThreadLocal<Search> search;

  PrefixTagger(POSModel model) {
    MaxentModel maxent = (MaxentModel) model.getArtifact("pos.model");
    POSTaggerFactory factory = model.getFactory();
    this.search =
        ThreadLocal.withInitial(
            () ->
                new Search(
                    new BeamSearch(1, maxent),
                    factory.getPOSContextGenerator(0),
                    factory.getSequenceValidator()));
  }

  /**
   * Tags of {@code words}, of which the first {@code needed} are the model's greedy tags and the
   * rest {@link #UNTAGGED}.
   */
  String[] tag(String[] words, int needed) {
    int prefix = Math.min(words.length, needed + LOOKAHEAD);
    String[] tags = new String[words.length];
    Arrays.fill(tags, UNTAGGED);
    if (prefix == 0) {
      return tags;
    }
    String[] head = prefix == words.length ? words : Arrays.copyOf(words, prefix);
    Search s = search.get();
    Sequence best = s.beam().bestSequence(head, null, s.contexts(), s.validator());
    int n = Math.min(needed, best.getOutcomes().size());
    for (int i = 0; i < n; i++) {
      tags[i] = best.getOutcomes().get(i);
    }
    return tags;
  }

  private record Search(
      BeamSearch beam, POSContextGenerator contexts, SequenceValidator<String> validator) {}
}
