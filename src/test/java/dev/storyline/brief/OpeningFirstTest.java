package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary's opening chooses before Sides and Forecast (issue 15): on the invented port story,
 * where the default page gives three outlets' leads to Forecast and Sides, the summary opens with
 * three outlets' leads, Sides keep every actor, and a source sentence is still shown once.
 */
class OpeningFirstTest {
  private final Brief first = new ExtractiveBriefWriter().write(PortStory.material());
  private final Brief after = new ExtractiveBriefWriter(false).write(PortStory.material());

  @Test
  void theSummaryOpensWithThreeOutletsLeads() {
    List<SourceRef> opening =
        first.summary().subList(0, 3).stream().map(l -> l.refs().get(0)).toList();
    assertThat(opening).allSatisfy(r -> assertThat(r.sentence()).isZero());
    assertThat(opening.stream().map(SourceRef::articleId).distinct()).hasSize(3);
    // the page that chooses its whole summary after Sides and Forecast has a later sentence there
    assertThat(after.summary().subList(0, 3).stream().map(l -> l.refs().get(0).sentence()))
        .anySatisfy(i -> assertThat(i).isPositive());
  }

  @Test
  void sidesKeepEveryActorAndEachSentenceIsShownOnce() {
    assertThat(actors(first)).containsExactlyInAnyOrderElementsOf(actors(after));
    List<SourceRef> refs = new ArrayList<>();
    first.summary().forEach(l -> refs.addAll(l.refs()));
    first.keyPoints().forEach(l -> refs.addAll(l.refs()));
    first.whyItMatters().forEach(l -> refs.addAll(l.refs()));
    first.sides().forEach(c -> c.stances().forEach(s -> refs.addAll(s.line().refs())));
    first.forecast().items().forEach(i -> refs.addAll(i.line().refs()));
    assertThat(refs).doesNotHaveDuplicates();
    assertThat(first.summary()).extracting(Line::text).doesNotHaveDuplicates();
  }

  private static List<String> actors(Brief b) {
    return b.sides().stream().flatMap(c -> c.stances().stream()).map(s -> s.actor()).toList();
  }
}
