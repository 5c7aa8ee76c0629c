package dev.storyline.discussion;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Builds the threads a viewer sees from a story's stored comments. */
final class Threads {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final String HIDDEN = "<p class=\"notice\">Hidden by a moderator.</p>";
  private static final String DELETED = "<p class=\"notice\">Deleted by its author.</p>";

  private final CommentRenderer renderer;
  private final boolean moderator;
  private final Predicate<Comment> editable;

  Threads(CommentRenderer renderer, boolean moderator, Predicate<Comment> editable) {
    this.renderer = renderer;
    this.moderator = moderator;
    this.editable = editable;
  }

  List<ThreadView> build(List<Comment> comments) {
    Map<Long, Comment> tops = new LinkedHashMap<>();
    Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
    for (Comment c : comments) {
      if (c.parentId() == null) {
        tops.put(c.id(), c);
        replies.putIfAbsent(c.id(), new ArrayList<>());
      }
    }
    for (Comment c : comments) {
      if (c.parentId() != null && tops.containsKey(c.parentId()) && shown(c)) {
        replies.get(c.parentId()).add(view(c));
      }
    }
    List<ThreadView> threads = new ArrayList<>();
    for (Comment top : tops.values()) {
      List<CommentView> r = replies.get(top.id());
      if (shown(top) || !r.isEmpty()) {
        threads.add(new ThreadView(view(top), r));
      }
    }
    return threads;
  }

  private boolean shown(Comment c) {
    return c.status() == Comment.Status.VISIBLE || moderator && c.status() == Comment.Status.HIDDEN;
  }

  private CommentView view(Comment c) {
    boolean hidden = c.status() == Comment.Status.HIDDEN;
    boolean deleted = c.status() == Comment.Status.DELETED;
    String html = deleted ? DELETED : hidden && !moderator ? HIDDEN : renderer.render(c.body());
    boolean canEdit = editable.test(c);
    return new CommentView(
        c.id(),
        c.authorName() == null ? "Former reader" : c.authorName(),
        html,
        canEdit ? c.body() : null,
        WHEN.format(c.createdAt()),
        c.createdAt().toString(),
        c.editedAt() != null && !deleted,
        canEdit,
        hidden,
        deleted,
        moderator ? c.reports() : 0);
  }
}
