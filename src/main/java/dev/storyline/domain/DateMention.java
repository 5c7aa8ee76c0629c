package dev.storyline.domain;

import java.time.LocalDate;

/**
 * A date expression in a sentence, resolved against the article's publication date.
 *
 * @param text the expression as written ("in March 2019", "on Friday", "last year")
 * @param start offset within the sentence text
 * @param end end offset (exclusive) within the sentence text
 * @param date the resolved date; for MONTH the first day of the month, for YEAR 1 January
 * @param granularity precision of {@code date}
 */
public record DateMention(
    String text, int start, int end, LocalDate date, DateGranularity granularity) {}
