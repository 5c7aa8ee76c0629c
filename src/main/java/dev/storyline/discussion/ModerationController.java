package dev.storyline.discussion;

import dev.storyline.account.AccountRepository;
import dev.storyline.account.ReaderPrincipal;
import dev.storyline.account.Role;
import dev.storyline.store.ApartRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.web.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' queue: reported and hidden comments, with hide, restore and ban. Only moderators
 * and admins reach it (the security rules check the session's role; each action checks the stored
 * role again, so a demoted moderator loses access at once). Admins also set roles.
 */
@Controller
class ModerationController {
  private final CommentRepository comments;
  private final AccountRepository accounts;
  private final Discussion discussion;
  private final CommentRenderer renderer = new CommentRenderer();
  private final ArticleReports articleReports;
  private final ApartRepository apart;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ModerationController(
      CommentRepository comments,
      AccountRepository accounts,
      Discussion discussion,
      ArticleReports articleReports,
      ApartRepository apart,
      ApplicationEventPublisher events,
      Clock clock) {
    this.comments = comments;
    this.accounts = accounts;
    this.discussion = discussion;
    this.articleReports = articleReports;
    this.apart = apart;
    this.events = events;
    this.clock = clock;
  }

  /** A queued comment: the comment, its rendered body and its author's account id. */
  public record QueuedComment(
      long id,
      String storyId,
      Long authorId,
      String author,
      String html,
      boolean hidden,
      int reports) {}

  @GetMapping("/moderation")
  String queue(@AuthenticationPrincipal ReaderPrincipal reader, Model model) {
    check(reader);
    List<QueuedComment> queued =
        comments.queue(200).stream()
            .map(
                c ->
                    new QueuedComment(
                        c.id(),
                        c.storyId(),
                        c.authorId(),
                        c.authorName() == null ? "Former reader" : c.authorName(),
                        renderer.render(c.body()),
                        c.status() == Comment.Status.HIDDEN,
                        c.reports()))
            .toList();
    model.addAttribute("queued", queued);
    model.addAttribute("articles", articleReports.queue(100));
    model.addAttribute("accounts", accounts.recent(50));
    model.addAttribute("admin", discussion.admin(reader.accountId()));
    return "moderation";
  }

  @PostMapping("/moderation/comments/{id}/hide")
  String hide(@AuthenticationPrincipal ReaderPrincipal reader, @PathVariable long id) {
    return setStatus(reader, id, Comment.Status.HIDDEN);
  }

  @PostMapping("/moderation/comments/{id}/restore")
  String restore(@AuthenticationPrincipal ReaderPrincipal reader, @PathVariable long id) {
    return setStatus(reader, id, Comment.Status.VISIBLE);
  }

  /**
   * Moves a reported article out of its story into a story of its own: recorded here, applied by
   * the pipeline with the repair machinery's split (asked to run at once), and never merged back.
   */
  @PostMapping("/moderation/articles/{articleId}/move")
  String moveOut(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable String articleId,
      RedirectAttributes flash) {
    check(reader);
    boolean asked = apart.request(articleId, reader.accountId(), clock.instant());
    if (asked) {
      events.publishEvent(
          new StoryRepairRepository.RepairRequested("moderator moved " + articleId));
      flash.addFlashAttribute(
          "message", "Moving the article into a story of its own: it takes a few seconds.");
    } else {
      articleReports.dismiss(articleId);
      flash.addFlashAttribute(
          "message", "Nothing to move: the article is already alone in its story, or moved.");
    }
    return "redirect:/moderation";
  }

  @PostMapping("/moderation/articles/{articleId}/dismiss")
  String dismiss(@AuthenticationPrincipal ReaderPrincipal reader, @PathVariable String articleId) {
    check(reader);
    articleReports.dismiss(articleId);
    return "redirect:/moderation";
  }

  @PostMapping("/moderation/accounts/{id}/ban")
  String ban(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable long id,
      @RequestParam(defaultValue = "ban") String action) {
    check(reader);
    var target =
        accounts.byId(id).orElseThrow(() -> new NotFoundException("account", String.valueOf(id)));
    if (target.role() != Role.READER && !discussion.admin(reader.accountId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only an admin can ban a moderator");
    }
    accounts.setBanned(id, !action.equals("unban"));
    return "redirect:/moderation";
  }

  @PostMapping("/moderation/accounts/{id}/role")
  String role(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @PathVariable long id,
      @RequestParam Role role) {
    if (!discussion.admin(reader.accountId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only an admin can change roles");
    }
    accounts.byId(id).orElseThrow(() -> new NotFoundException("account", String.valueOf(id)));
    accounts.setRole(id, role);
    return "redirect:/moderation";
  }

  private String setStatus(ReaderPrincipal reader, long id, Comment.Status status) {
    check(reader);
    Comment c =
        comments.byId(id).orElseThrow(() -> new NotFoundException("comment", String.valueOf(id)));
    if (c.status() != Comment.Status.DELETED) {
      comments.setStatus(id, status);
    }
    return "redirect:/moderation";
  }

  private void check(ReaderPrincipal reader) {
    if (!discussion.moderator(reader.accountId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "moderators only");
    }
  }
}
