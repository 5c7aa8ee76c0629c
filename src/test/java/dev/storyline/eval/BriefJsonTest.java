package dev.storyline.eval;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.Fixture;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A brief's JSON line keeps its keys in one order, so two runs of the same pages are equal. */
class BriefJsonTest {
  @Test
  void nestedSectionsKeepTheirKeysInTheDocumentedOrder() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Port Lumen dockers vote to end their three-week strike")
            .sentence("The Port Lumen dockers voted on Friday to end their three-week strike.")
            .sentence("The union said the new contract protects jobs until 2031.")
            .build();
    Brief b = new ExtractiveBriefWriter().write(Fixture.material("s", List.of(a)));
    Map<String, Object> json = BriefJson.of(b);
    assertThat(keys(json, "noise"))
        .containsExactly("score", "label", "articles", "outlets", "basis", "loud_but_thin");
    assertThat(keys(json, "explainer")).containsExactly("lines", "glosses");
    assertThat(keys(json, "forecast")).containsExactly("items", "disclaimer");
  }

  private static List<String> keys(Map<String, Object> json, String section) {
    return ((Map<?, ?>) json.get(section)).keySet().stream().map(String::valueOf).toList();
  }
}
