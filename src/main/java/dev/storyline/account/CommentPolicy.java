package dev.storyline.account;

/** Who may comment on a story: the operator's choice ({@code storyline.readers.comment-policy}). */
public enum CommentPolicy {
  /** Every signed-in reader who is not banned. */
  SIGNED_IN,
  /** Only readers who follow (subscribe to) the story; moderators always may. */
  SUBSCRIBERS
}
