package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.StoryMaterial.StoryThread;
import dev.storyline.eval.SyntheticSaga;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Saga#mayHaveChanged} lets the brief step skip recomputing the bases of stories untouched
 * since the last settle: a story it says cannot have changed must have the same basis and the same
 * context as before, whatever changed elsewhere (articles joining old and new stories, merges,
 * splits, removals).
 */
class SagaBasisTest {
  private static final String GREETING =
      "Welcome to the harbour hour from all of us at the Velmar desk.";
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private final SyntheticSaga synthetic = new SyntheticSaga(5);
  private final Map<String, List<AnalyzedArticle>> stories = new LinkedHashMap<>();
  private final Saga saga = new Saga();
  private final Random random = new Random(42);
  private int next;

  @Test
  void aStoryThatCannotHaveChangedKeepsItsBasisAndContext() {
    for (int k = 0; k < 60; k++) {
      add("s-" + k, START.plus(Duration.ofDays(2L * k)));
    }
    int skipped = 0;
    int contextsCompared = 0;
    for (int round = 0; round < 80; round++) {
      Map<String, Long> bases = new HashMap<>();
      Map<String, Object> contexts = new HashMap<>();
      for (String id : saga.storyIds()) {
        bases.put(id, saga.basis(id));
        // a context takes far longer to build than a basis: each round builds a quarter of them,
        // so every story's context is still compared about every fourth round
        if (Math.floorMod(id.hashCode() + round, 4) == 0) {
          contexts.put(id, saga.context(id));
        }
      }
      saga.settle();
      change(round);
      for (String id : saga.storyIds()) {
        if (!saga.mayHaveChanged(id)) {
          skipped++;
          assertThat(saga.basis(id))
              .as("basis of %s after round %d", id, round)
              .isEqualTo(bases.get(id));
          if (contexts.containsKey(id)) {
            contextsCompared++;
            assertThat(saga.context(id)).as("context of %s", id).isEqualTo(contexts.get(id));
          }
        }
      }
    }
    assertThat(skipped).as("stories found unchanged").isGreaterThan(1000);
    assertThat(contextsCompared).as("contexts compared").isGreaterThan(500);
  }

  @Test
  void aMergeFarBackLeavesTheLatestStoriesUnchanged() {
    for (int k = 0; k < 60; k++) {
      add("s-" + k, START.plus(Duration.ofDays(2L * k)));
    }
    saga.settle();
    List<AnalyzedArticle> moved = stories.remove("s-3");
    stories.get("s-4").addAll(moved);
    saga.put(new StoryThread("s-3", List.of()));
    saga.put(new StoryThread("s-4", stories.get("s-4")));
    assertThat(saga.mayHaveChanged("s-3")).isTrue();
    assertThat(saga.mayHaveChanged("s-4")).isTrue();
    assertThat(saga.mayHaveChanged("s-59")).isTrue(); // its articles-by-then include the moved ones
    saga.settle();
    assertThat(saga.mayHaveChanged("s-59")).isFalse();
  }

  @Test
  void aMergeThatUndoesASidebarChangesTheBasisOfTheStoriesAfterIt() {
    // one site's sidebar heads an article of three old stories: no headline while it does; once
    // two of those stories merge it heads two, and a late story's headline may be it again (it
    // shares words with the articles' leads by chance, so no article alone tells)
    String sidebar = "Two men charged over theft at the Velmar Harbour Authority";
    for (int k = 0; k < 60; k++) {
      boolean titled = k == 3 || k == 5 || k == 7;
      add("s-" + k, START.plus(Duration.ofDays(2L * k)), titled ? sidebar : null);
    }
    saga.settle();
    long before = saga.basis("s-59");
    String key = dev.storyline.brief.section.SidebarTitles.key(sidebar);
    assertThat(saga.context("s-59").sidebarTitles()).contains(key);
    stories.get("s-3").addAll(stories.remove("s-5"));
    saga.put(new StoryThread("s-5", List.of()));
    saga.put(new StoryThread("s-3", stories.get("s-3")));
    assertThat(saga.mayHaveChanged("s-59")).isTrue();
    assertThat(saga.context("s-59").sidebarTitles()).doesNotContain(key);
    assertThat(saga.basis("s-59")).isNotEqualTo(before);
  }

  @Test
  void aLineOpeningArticlesOfThreeStoriesIsASiteLineOfTheStoryline() {
    // a site's greeting opens one article of three stories: the later stories' context lists it
    // with the sidebar titles, so no headline is made of it; in two stories it is not listed
    for (int k = 0; k < 60; k++) {
      add("s-" + k, START.plus(Duration.ofDays(2L * k)), null, k == 3 || k == 5 || k == 7);
    }
    String key = dev.storyline.brief.section.SidebarTitles.key(GREETING);
    assertThat(saga.context("s-59").sidebarTitles()).contains(key);
    assertThat(saga.context("s-6").sidebarTitles()).doesNotContain(key);
  }

  /** The article with its first sentence's text replaced by {@code text}. */
  private static AnalyzedArticle opening(AnalyzedArticle a, String text) {
    List<dev.storyline.domain.AnalyzedSentence> sentences = new ArrayList<>(a.sentences());
    var s = sentences.get(0);
    sentences.set(
        0,
        new dev.storyline.domain.AnalyzedSentence(
            s.index(), s.start(), s.end(), text, List.of(), List.of(), s.embedding()));
    return new AnalyzedArticle(a.article(), sentences, a.titleEntities(), a.embedding());
  }

  /** One random change: a new story, a late article for an old story, a merge or a split. */
  private void change(int round) {
    List<String> ids = new ArrayList<>(stories.keySet());
    String pick = ids.get(random.nextInt(ids.size()));
    switch (round % 4) {
      case 0 -> add("n-" + round, START.plus(Duration.ofDays(120 + round)));
      case 1 -> {
        Instant at = saga.last(pick).plus(Duration.ofHours(1 + random.nextInt(48)));
        stories.get(pick).add(synthetic.article(next++, 9, at));
        saga.put(new StoryThread(pick, stories.get(pick)));
      }
      case 2 -> {
        String other = ids.get(random.nextInt(ids.size()));
        if (!other.equals(pick)) {
          stories.get(other).addAll(stories.remove(pick));
          saga.put(new StoryThread(pick, List.of()));
          saga.put(new StoryThread(other, stories.get(other)));
        }
      }
      default -> {
        List<AnalyzedArticle> articles = stories.get(pick);
        if (articles.size() > 1) {
          AnalyzedArticle last = articles.remove(articles.size() - 1);
          stories.put(pick + "b", new ArrayList<>(List.of(last)));
          saga.put(new StoryThread(pick, articles));
          saga.put(new StoryThread(pick + "b", stories.get(pick + "b")));
        }
      }
    }
  }

  private void add(String storyId, Instant first) {
    add(storyId, first, null);
  }

  /** A new story; its first article titled {@code title} when that is not null. */
  private void add(String storyId, Instant first, String title) {
    add(storyId, first, title, false);
  }

  /** The same, its first article opening with a greeting when {@code greeted}. */
  private void add(String storyId, Instant first, String title, boolean greeted) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    int n = 1 + next % 3;
    for (int j = 0; j < n; j++) {
      articles.add(synthetic.article(next, j, first.plus(Duration.ofHours(5L * j))));
    }
    if (title != null) {
      AnalyzedArticle a = articles.get(0);
      var o = a.article();
      var renamed =
          new dev.storyline.domain.Article(
              o.id(), o.source(), o.url(), o.published(), title, o.text(), o.meta());
      articles.set(0, new AnalyzedArticle(renamed, a.sentences(), List.of(), a.embedding()));
    }
    if (greeted) {
      articles.set(0, opening(articles.get(0), GREETING));
    }
    next++;
    stories.put(storyId, articles);
    saga.put(new StoryThread(storyId, articles));
  }
}
