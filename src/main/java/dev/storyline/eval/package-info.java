/**
 * Evaluation and benchmark commands ({@code storyline eval …}, {@code storyline bench …}): they run
 * the real stages (a {@link dev.storyline.eval.Toolkit} the command line builds from the settings)
 * on labelled data from {@code ../shared/data} and print quality and speed figures. The research
 * programs that tune them live in {@code src/dev/java} (docs/dev-tools.md).
 */
package dev.storyline.eval;
