package dev.storyline.domain;

/** Coarse kind of a named entity; {@code OTHER} when the recogniser cannot tell. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  PLACE,
  OTHER
}
