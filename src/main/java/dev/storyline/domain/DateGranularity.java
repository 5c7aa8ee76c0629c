package dev.storyline.domain;

/**
 * How precise a resolved date is: a day, a month (date = first of month) or a year (date = 1 Jan).
 */
public enum DateGranularity {
  DAY,
  MONTH,
  YEAR
}
