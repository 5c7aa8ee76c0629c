package dev.storyline.discussion;

/**
 * One comment as the page shows it.
 *
 * @param id comment id (used in form actions and anchors)
 * @param author display name, or "Former reader" once the author deleted their account
 * @param html the rendered, sanitised body; a plain notice for hidden or deleted comments
 * @param source the Markdown source, for the edit form (only filled when editable)
 * @param when when it was posted, UTC
 * @param whenIso the same, ISO-8601
 * @param edited whether it was edited
 * @param editable whether the viewer may edit or delete it now
 * @param hidden whether a moderator hid it
 * @param deleted whether its author deleted it
 * @param reports how many readers reported it (shown to moderators)
 */
public record CommentView(
    long id,
    String author,
    String html,
    String source,
    String when,
    String whenIso,
    boolean edited,
    boolean editable,
    boolean hidden,
    boolean deleted,
    int reports) {}
