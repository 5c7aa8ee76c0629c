package dev.storyline.web;

import dev.storyline.store.Coverage;
import dev.storyline.store.Lean;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How coverage balance is shown ({@code storyline.coverage.*}).
 *
 * @param blindspotShare share of a story's outlets with a known lean that must sit on one side for
 *     the Blindspot mark (more than half, at most 1)
 * @param blindspotMinOutlets fewest outlets with a known lean a story needs for the mark
 * @param blindspotRecent how many of the most recent stories {@code /blindspots} looks through
 * @param leanLabels the names shown for left, lean left, centre, lean right, right and unknown, in
 *     that order (the operator may rename the scale)
 */
@Validated
@ConfigurationProperties("storyline.coverage")
public record CoverageProperties(
    @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("1") @DefaultValue("0.75")
        double blindspotShare,
    @Min(1) @Max(1000) @DefaultValue("3") int blindspotMinOutlets,
    @Min(10) @Max(5000) @DefaultValue("300") int blindspotRecent,
    @Size(min = 6, max = 6)
        @DefaultValue({"Left", "Lean left", "Centre", "Lean right", "Right", "Unknown"})
        List<String> leanLabels) {

  /** The rule in store terms. */
  public Coverage.Rule rule() {
    return new Coverage.Rule(blindspotShare, blindspotMinOutlets);
  }

  /** The name shown for a lean. */
  public String label(Lean lean) {
    return leanLabels.get(lean.ordinal());
  }

  /** The defaults, as written once in the {@code DefaultValue}s above (tests). */
  public static CoverageProperties defaults() {
    return new org.springframework.boot.context.properties.bind.Binder()
        .bindOrCreate(
            "storyline.coverage",
            org.springframework.boot.context.properties.bind.Bindable.of(CoverageProperties.class));
  }

  /**
   * The rule in words, as pages state it: "A story is a Blindspot when at least 75% of its outlets
   * with a known lean sit on one side, with at least 3 such outlets."
   */
  public String ruleText() {
    return "A story carries the Blindspot mark when at least "
        + Math.round(blindspotShare * 100)
        + "% of its outlets with a known lean sit on one side (left and lean left, or lean right"
        + " and right), with at least "
        + blindspotMinOutlets
        + " such outlets.";
  }
}
