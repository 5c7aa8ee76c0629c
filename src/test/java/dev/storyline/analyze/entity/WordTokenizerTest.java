package dev.storyline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cached tokenizer must give exactly the spans of OpenNLP's own tokenizer, but for a hyphen
 * opening a token, which it makes a token of its own.
 */
class WordTokenizerTest {
  private static TokenizerModel model;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        WordTokenizerTest.class.getResourceAsStream(PosChunkEntityRecognizer.TOKENIZER_RESOURCE)) {
      model = new TokenizerModel(in);
    }
  }

  @Test
  void spansMatchTheModelTokenizerOnPunctuationAndContractions() {
    WordTokenizer cached = new WordTokenizer(model);
    TokenizerME reference = new TokenizerME(model);
    List<String> sentences =
        List.of(
            "\"We can't wait,\" Ms. Okafor's aide said (on Friday).",
            "Acme Labs' shares rose 4.5% to $12.30 -- a U.S. record, didn't they?",
            "Jean-Paul Marchetti cannot attend; the Bank of Lysaria's board will.",
            "\"We can't wait,\" Ms. Okafor's aide said (on Friday).");
    for (String s : sentences) {
      assertThat(cached.tokenizePos(s)).containsExactly(reference.tokenizePos(s));
    }
  }

  @Test
  void splitsAWordGluedToPunctuation() {
    String s = "Okafor's team (Arden) won.";
    String[] words =
        opennlp.tools.util.Span.spansToStrings(new WordTokenizer(model).tokenizePos(s), s);
    assertThat(words).contains("Arden", "(", ")").doesNotContain("(Arden)", "won.");
  }

  @Test
  void emptyAndBlankTextGiveNoTokens() {
    WordTokenizer cached = new WordTokenizer(model);
    assertThat(cached.tokenizePos("")).isEmpty();
    assertThat(cached.tokenizePos("   ")).isEmpty();
  }

  @Test
  void aHyphenOpeningATokenIsATokenOfItsOwn() {
    WordTokenizer cached = new WordTokenizer(model);
    for (String name : List.of("al-Hadid", "al-Thani", "el-Sayed")) {
      String s = "Faris " + name + " left.";
      String[] words = opennlp.tools.util.Span.spansToStrings(cached.tokenizePos(s), s);
      assertThat(words).containsSubsequence(name.substring(0, 2), "-", name.substring(3));
    }
  }
}
