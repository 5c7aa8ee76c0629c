package dev.storyline.discussion;

import dev.storyline.account.Account;
import dev.storyline.account.AccountRepository;
import dev.storyline.account.CommentPolicy;
import dev.storyline.account.EmailConfirmations;
import dev.storyline.account.ReaderProperties;
import dev.storyline.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The rules of the discussion: who may post, reply, edit, delete and report, and the rate limit.
 * Every method checks the account as stored now (a ban takes effect at once, even mid-session).
 */
@Service
public class Discussion {
  /** Longest comment accepted, in characters. */
  public static final int MAX_CHARS = 4000;

  /** The outcome of a change: done, or refused with a plain reason to show the reader. */
  public record Outcome(boolean done, String reason, long commentId) {
    static Outcome ok(long id) {
      return new Outcome(true, null, id);
    }

    static Outcome refused(String reason) {
      return new Outcome(false, reason, 0);
    }
  }

  private final CommentRepository comments;
  private final AccountRepository accounts;
  private final FollowRepository follows;
  private final EmailConfirmations confirmations;
  private final ReaderProperties props;
  private final Clock clock;

  Discussion(
      CommentRepository comments,
      AccountRepository accounts,
      FollowRepository follows,
      EmailConfirmations confirmations,
      ReaderProperties props,
      Clock clock) {
    this.comments = comments;
    this.accounts = accounts;
    this.follows = follows;
    this.confirmations = confirmations;
    this.props = props;
    this.clock = clock;
  }

  /** Why this reader may not comment on the story now, or {@code null} when they may. */
  public String whyNot(long accountId, String storyId) {
    Optional<Account> account = accounts.byId(accountId);
    if (account.isEmpty() || account.get().banned()) {
      return "This account may not comment.";
    }
    if (!confirmations.mayComment(account.get())) {
      return "Confirm your e-mail address to comment: open the link we sent you (your account"
          + " page sends it again).";
    }
    boolean moderator = account.get().role().moderates();
    if (props.commentPolicy() == CommentPolicy.SUBSCRIBERS
        && !moderator
        && !follows.follows(accountId, FollowRepository.Kind.STORY, storyId)) {
      return "Subscribe to comment: follow this story to join its discussion.";
    }
    return null;
  }

  /**
   * Posts a comment, or a reply when {@code parentId} is set (replies to replies join the thread).
   */
  public Outcome post(long accountId, String storyId, Long parentId, String body) {
    String problem = bodyProblem(body);
    problem = problem != null ? problem : whyNot(accountId, storyId);
    if (problem != null) {
      return Outcome.refused(problem);
    }
    Long threadId = null;
    if (parentId != null) {
      Optional<Comment> parent = comments.byId(parentId).filter(p -> p.storyId().equals(storyId));
      if (parent.isEmpty() || parent.get().status() != Comment.Status.VISIBLE) {
        return Outcome.refused("That comment cannot be replied to.");
      }
      threadId = parent.get().parentId() != null ? parent.get().parentId() : parent.get().id();
    }
    Instant now = clock.instant();
    if (comments.countSince(accountId, now.minus(props.postWindow())) >= props.postsPerWindow()) {
      return Outcome.refused(
          "You have posted "
              + props.postsPerWindow()
              + " comments in the last "
              + props.postWindow().toMinutes()
              + " minutes; please wait a little before posting again.");
    }
    return Outcome.ok(comments.insert(storyId, threadId, accountId, body.strip(), now));
  }

  /** Replaces the text of the reader's own comment within the edit window. */
  public Outcome edit(long accountId, long commentId, String body) {
    String problem = bodyProblem(body);
    if (problem != null) {
      return Outcome.refused(problem);
    }
    Optional<Comment> own = ownWithinWindow(accountId, commentId);
    if (own.isEmpty()) {
      return Outcome.refused(
          "Only the author can edit a comment, within "
              + props.editWindow().toMinutes()
              + " minutes of posting it.");
    }
    comments.edit(commentId, body.strip(), clock.instant());
    return Outcome.ok(commentId);
  }

  /** Deletes the reader's own comment within the edit window (its text is erased). */
  public Outcome delete(long accountId, long commentId) {
    if (ownWithinWindow(accountId, commentId).isEmpty()) {
      return Outcome.refused(
          "Only the author can delete a comment, within "
              + props.editWindow().toMinutes()
              + " minutes of posting it.");
    }
    comments.markDeleted(commentId, clock.instant());
    return Outcome.ok(commentId);
  }

  /** Reports a comment to the moderators (once per reader). */
  public Outcome report(long accountId, long commentId, String reason) {
    Optional<Comment> c = comments.byId(commentId);
    if (c.isEmpty() || c.get().status() == Comment.Status.DELETED) {
      return Outcome.refused("That comment cannot be reported.");
    }
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
    comments.report(
        commentId, accountId, why.length() > 500 ? why.substring(0, 500) : why, clock.instant());
    return Outcome.ok(commentId);
  }

  /** Whether the reader may still edit or delete the comment. */
  boolean editable(long accountId, Comment c) {
    return c.authorId() != null
        && c.authorId() == accountId
        && c.status() == Comment.Status.VISIBLE
        && clock.instant().isBefore(c.createdAt().plus(props.editWindow()));
  }

  /** Whether the account may moderate (checked against the database, not the session). */
  boolean moderator(long accountId) {
    return accounts.byId(accountId).map(a -> !a.banned() && a.role().moderates()).orElse(false);
  }

  /** Whether the account is an admin (checked against the database). */
  boolean admin(long accountId) {
    return accounts.byId(accountId).map(a -> !a.banned() && a.role() == Role.ADMIN).orElse(false);
  }

  private Optional<Comment> ownWithinWindow(long accountId, long commentId) {
    return comments.byId(commentId).filter(c -> editable(accountId, c));
  }

  private static String bodyProblem(String body) {
    if (body == null || body.isBlank()) {
      return "Write something before posting.";
    }
    if (body.length() > MAX_CHARS) {
      return "A comment can be at most "
          + MAX_CHARS
          + " characters; this one has "
          + body.length()
          + ".";
    }
    return null;
  }
}
