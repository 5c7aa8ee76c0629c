package dev.storyline.discussion;

import dev.storyline.account.ReaderPrincipal;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.WebPaths;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in reader reports that an article of a story is about something else. */
@Controller
class ArticleReportController {
  private final ArticleReports reports;
  private final StoryQueries stories;

  ArticleReportController(ArticleReports reports, StoryQueries stories) {
    this.reports = reports;
    this.stories = stories;
  }

  @PostMapping("/stories/{id}/articles/{articleId}/report")
  String report(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable String id,
      @PathVariable String articleId,
      RedirectAttributes flash) {
    boolean recorded = reports.report(reader.accountId(), id, articleId);
    flash.addFlashAttribute(
        "articleNotice",
        recorded
            ? "Thank you: a moderator will look at whether this article belongs in the story."
            : "This article was already reported by you, or is no longer in this story.");
    String page =
        stories.story(id).map(d -> WebPaths.story(d.card())).orElse(WebPaths.story(id, null));
    return "redirect:" + page + "#sources";
  }
}
