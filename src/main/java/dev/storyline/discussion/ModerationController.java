package dev.storyline.discussion;

import dev.storyline.account.AccountRepository;
import dev.storyline.account.ReaderPrincipal;
import dev.storyline.account.Role;
import dev.storyline.web.error.NotFoundException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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

  ModerationController(
      CommentRepository comments, AccountRepository accounts, Discussion discussion) {
    this.comments = comments;
    this.accounts = accounts;
    this.discussion = discussion;
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
