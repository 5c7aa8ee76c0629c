package dev.storyline.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
  private static Map<String, Set<String>> parse(String text) throws Exception {
    return WordLists.parse(new BufferedReader(new StringReader(text)), "test.txt");
  }

  @Test
  void listsByNameWithCommentsAndBlankLinesLeftOut() throws Exception {
    Map<String, Set<String>> lists =
        parse("# titles first\n[titles]\nmr\n  dr  \n\n[connectors]\nof\n&\naccording to\n");
    assertThat(lists.get("titles")).containsExactlyInAnyOrder("mr", "dr");
    assertThat(lists.get("connectors")).containsExactlyInAnyOrder("of", "&", "according to");
  }

  @Test
  void aTypoIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("[a]\nx\nx\n"))
        .hasMessageContaining("test.txt:3")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> parse("x\n[a]\n")).hasMessageContaining("before any [list]");
    assertThatThrownBy(() -> parse("[a]\n[a]\n")).hasMessageContaining("[a] twice");
  }

  @Test
  void theEntityLexiconReadsFromTheClassPath() {
    Map<String, Set<String>> lists = WordLists.read(WordLists.class, "/analyze/entity-lexicon.txt");
    assertThat(lists.get("titles")).contains("president", "dr");
    assertThat(lists).containsKeys("org_words", "company_suffixes", "never_names");
  }
}
