package dev.storyline.account;

/** What an account may do. Every role can do what the one before it can. */
public enum Role {
  /** Comments, reports, follows. */
  READER,
  /** Also hides and restores comments and bans readers. */
  MODERATOR,
  /** Also changes roles. */
  ADMIN;

  /** Whether this role may moderate the discussion. */
  public boolean moderates() {
    return this != READER;
  }
}
