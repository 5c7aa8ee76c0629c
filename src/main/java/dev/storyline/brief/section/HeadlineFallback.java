package dev.storyline.brief.section;

import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.Trimmer;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The headline of a story none of whose titles reads as one ({@link HeadlineWriter#write}): the
 * first of the first three sentences of the most central article (then the next) that reads as a
 * headline and is no site line opening articles of several stories of the storyline ({@code
 * sidebars}); else a title about its article; else a sentence further into the most central article
 * once a transcript's speaker tag is set aside ("AZUZ: After three weeks of fighting…"); else any
 * title that is not furniture (a question, a title about something else); else a title's part
 * before the furniture run into it; only then the first sentence or title as it is, never empty.
 */
final class HeadlineFallback {
  /** How far into the most central article the last resort looks for a sentence. */
  static final int DEEP_SENTENCES = 12;

  private HeadlineFallback() {}

  static Line headline(List<AnalyzedArticle> articles, double[] centrality, Set<String> sidebars) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> Double.compare(centrality[y], centrality[x]));
    for (int i : order) {
      AnalyzedArticle a = articles.get(i);
      for (var s : a.sentences().stream().limit(3).toList()) {
        String text = Trimmer.trim(Boilerplate.stripLead(s.text()));
        if (fits(text, 6) && !sidebars.contains(SidebarTitles.key(s.text()))) {
          return Line.of(text, new SourceRef(a.id(), s.index()));
        }
      }
    }
    for (int i : order) {
      AnalyzedArticle a = articles.get(i);
      if (usable(a, sidebars) && HeadlineWriter.titleAboutArticle(a)) {
        return Line.of(HeadlineWriter.title(a), SourceRef.title(a.id()));
      }
    }
    AnalyzedArticle central = articles.get(order.get(0));
    for (var s : central.sentences().stream().limit(DEEP_SENTENCES).toList()) {
      String text = Trimmer.trim(Boilerplate.afterSpeakerTag(Boilerplate.stripLead(s.text())));
      if (fits(text, 8) && !sidebars.contains(SidebarTitles.key(s.text()))) {
        return Line.of(text, new SourceRef(central.id(), s.index()));
      }
    }
    for (int i : order) {
      AnalyzedArticle a = articles.get(i);
      if (usable(a, sidebars)) {
        return Line.of(HeadlineWriter.title(a), SourceRef.title(a.id()));
      }
    }
    for (int i : order) {
      AnalyzedArticle a = articles.get(i);
      String part = Boilerplate.beforeFurniture(HeadlineWriter.title(a));
      if (Vectorizer.words(part).size() >= 4 && !Boilerplate.isFurniture(part)) {
        return Line.of(part, SourceRef.title(a.id()));
      }
    }
    // no title at all (a title that was the head of the first sentence, PtbText.joinCutTitle):
    // the first sentence, never an empty headline
    if (central.sentences().isEmpty()) {
      return Line.of(central.article().title().strip(), SourceRef.title(central.id()));
    }
    var first = central.sentences().get(0);
    return Line.of(
        Trimmer.trim(Boilerplate.stripLead(first.text())),
        new SourceRef(central.id(), first.index()));
  }

  /**
   * Whether the article's title is there, no sidebar of the storyline, no furniture and not
   * addressed to its reader.
   */
  private static boolean usable(AnalyzedArticle a, Set<String> sidebars) {
    return !a.article().title().isBlank()
        && !sidebars.contains(SidebarTitles.key(HeadlineWriter.shown(a)))
        && !Boilerplate.isFurniture(HeadlineWriter.title(a))
        && !Boilerplate.addressesReader(HeadlineWriter.title(a));
  }

  /** Whether a sentence reads as a headline: whole, on its own, of {@code min} words or more. */
  private static boolean fits(String text, int min) {
    int words = Vectorizer.words(text).size();
    return words >= min
        && words <= HeadlineWriter.MAX_LEAD_WORDS
        && HeadlineWriter.ENDS_WELL.matcher(text).find()
        && !text.isEmpty()
        && Character.isUpperCase(text.codePointAt(0))
        && !Boilerplate.isFurniture(text)
        && !StorySentence.pointsBack(text)
        && !Boilerplate.chatter(text)
        && !HeadlineWriter.GLUED_TITLE.matcher(text).find()
        && !text.startsWith("\"")
        && !text.startsWith("“");
  }
}
