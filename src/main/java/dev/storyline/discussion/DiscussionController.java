package dev.storyline.discussion;

import dev.storyline.account.ReaderPrincipal;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.WebPaths;
import dev.storyline.web.error.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting, replying, editing, deleting and reporting comments. Every answer redirects back to the
 * story page; a refused comment comes back with its text in the form and the reason above it.
 */
@Controller
class DiscussionController {
  private final Discussion discussion;
  private final CommentRepository comments;
  private final StoryQueries stories;

  DiscussionController(Discussion discussion, CommentRepository comments, StoryQueries stories) {
    this.discussion = discussion;
    this.comments = comments;
    this.stories = stories;
  }

  @PostMapping("/stories/{id}/comments")
  String post(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(required = false) Long parentId,
      RedirectAttributes flash) {
    String page = storyPage(id);
    Discussion.Outcome outcome = discussion.post(reader.accountId(), id, parentId, body);
    if (!outcome.done()) {
      flash.addFlashAttribute("draft", body);
      flash.addFlashAttribute("draftParent", parentId);
      flash.addFlashAttribute("problem", outcome.reason());
      return "redirect:" + page + (parentId == null ? "#comment-form" : "#reply-" + parentId);
    }
    return "redirect:" + page + "#comment-" + outcome.commentId();
  }

  @PostMapping("/comments/{id}/edit")
  String edit(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String body,
      RedirectAttributes flash) {
    Comment c =
        comments.byId(id).orElseThrow(() -> new NotFoundException("comment", String.valueOf(id)));
    Discussion.Outcome outcome = discussion.edit(reader.accountId(), id, body);
    if (!outcome.done()) {
      flash.addFlashAttribute("editDraft", body);
      flash.addFlashAttribute("editId", id);
      flash.addFlashAttribute("editProblem", outcome.reason());
    }
    return "redirect:" + storyPage(c.storyId()) + "#comment-" + id;
  }

  @PostMapping("/comments/{id}/delete")
  String delete(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable long id,
      RedirectAttributes flash) {
    Comment c =
        comments.byId(id).orElseThrow(() -> new NotFoundException("comment", String.valueOf(id)));
    Discussion.Outcome outcome = discussion.delete(reader.accountId(), id);
    if (!outcome.done()) {
      flash.addFlashAttribute("notice", outcome.reason());
    }
    return "redirect:" + storyPage(c.storyId()) + "#discussion";
  }

  @PostMapping("/comments/{id}/report")
  String report(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    Comment c =
        comments.byId(id).orElseThrow(() -> new NotFoundException("comment", String.valueOf(id)));
    Discussion.Outcome outcome = discussion.report(reader.accountId(), id, reason);
    flash.addFlashAttribute(
        "notice",
        outcome.done() ? "Thank you: the moderators will look at this comment." : outcome.reason());
    return "redirect:" + storyPage(c.storyId()) + "#comment-" + id;
  }

  private String storyPage(String storyId) {
    return stories
        .story(storyId)
        .map(d -> WebPaths.story(d.card()))
        .orElseThrow(() -> new NotFoundException("story", storyId));
  }
}
