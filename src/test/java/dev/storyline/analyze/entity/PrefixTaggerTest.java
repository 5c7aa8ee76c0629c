package dev.storyline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tagging only a prefix must give the same first tags as greedy tagging of the whole sentence. */
class PrefixTaggerTest {
  private static POSModel model;

  private static final String[] WORDS =
      "Officials from the Meridian Port Authority met U.S. envoys near Port Vell on Friday ."
          .split(" ");

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        PrefixTaggerTest.class.getResourceAsStream(PosChunkEntityRecognizer.POS_RESOURCE)) {
      model = new POSModel(in);
    }
  }

  @Test
  void prefixTagsEqualWholeSentenceGreedyTags() {
    Sequence whole =
        new BeamSearch(1, (MaxentModel) model.getArtifact("pos.model"))
            .bestSequence(
                WORDS,
                null,
                model.getFactory().getPOSContextGenerator(1),
                model.getFactory().getSequenceValidator());
    String[] expected = whole.getOutcomes().toArray(new String[0]);
    PrefixTagger tagger = new PrefixTagger(model);
    for (int needed = 1; needed <= WORDS.length; needed++) {
      String[] tags = tagger.tag(WORDS, needed);
      assertThat(Arrays.copyOf(tags, needed)).containsExactly(Arrays.copyOf(expected, needed));
    }
  }

  @Test
  void tokensPastTheNeededOnesAreUntagged() {
    String[] tags = new PrefixTagger(model).tag(WORDS, 3);
    assertThat(tags).hasSize(WORDS.length);
    assertThat(Arrays.copyOfRange(tags, 3, WORDS.length)).containsOnly(PrefixTagger.UNTAGGED);
    assertThat(Arrays.copyOf(tags, 3)).doesNotContain(PrefixTagger.UNTAGGED);
  }

  @Test
  void namesAreTaggedAsProperNouns() {
    String[] tags = new PrefixTagger(model).tag(WORDS, WORDS.length);
    assertThat(tags[11]).startsWith("PROPN"); // Vell
    assertThat(tags[13]).startsWith("PROPN"); // Friday
    assertThat(tags[6]).isEqualTo("VERB"); // met
  }
}
