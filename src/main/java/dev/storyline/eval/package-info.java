/**
 * Evaluation and benchmark commands ({@code storyline eval …}, {@code storyline bench …}): they run
 * the real stages on labelled data from {@code ../shared/data} and print quality and speed figures.
 */
package dev.storyline.eval;
