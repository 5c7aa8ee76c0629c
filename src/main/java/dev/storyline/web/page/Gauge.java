package dev.storyline.web.page;

import java.util.Locale;

/**
 * Geometry of the server-rendered noise gauge: a half circle filled in proportion to the score. The
 * SVG uses viewBox {@code 0 0 120 70}, centre (60, 60), radius 50.
 *
 * @param score 0 to 100
 * @param label the brief's word for the score
 * @param level CSS modifier: quiet, moderate, loud or very-loud (from the score)
 * @param track path of the empty half circle
 * @param arc path of the filled part, or {@code null} for a score of 0
 */
public record Gauge(int score, String label, String level, String track, String arc) {

  private static final double CX = 60;
  private static final double CY = 60;
  private static final double R = 50;

  /** The gauge for a score (clamped to 0..100) and its label. */
  static Gauge of(int score, String label) {
    int s = Math.max(0, Math.min(100, score));
    String track = arcTo(100);
    return new Gauge(s, label, level(s), track, s == 0 ? null : arcTo(s));
  }

  /** Accessible description for the SVG's {@code aria-label}. */
  public String description() {
    return "Noise level " + score + " out of 100: " + label;
  }

  static String level(int score) {
    if (score >= 75) {
      return "very-loud";
    } else if (score >= 50) {
      return "loud";
    } else if (score >= 25) {
      return "moderate";
    }
    return "quiet";
  }

  private static String arcTo(int score) {
    double angle = Math.PI * (1 - score / 100.0);
    double x = CX + R * Math.cos(angle);
    double y = CY - R * Math.sin(angle);
    return String.format(
        Locale.ROOT, "M %.2f %.2f A %.0f %.0f 0 0 1 %.2f %.2f", CX - R, CY, R, R, x, y);
  }
}
