package dev.storyline.brief.section;

/**
 * Developer tool (not a test): prints a stance's polarity for each sentence given, as Sides counts
 * it with a target named (words of concern and reassurance count) and without one. Usage:
 * PolarityProbe SENTENCE...
 */
public final class PolarityProbe {
  private PolarityProbe() {}

  public static void main(String[] args) {
    for (String a : args) {
      System.out.printf(
          "%d (untargeted %d) | %s%n",
          StancePolarity.polarity(a, true), StancePolarity.polarity(a, false), a);
    }
  }
}
