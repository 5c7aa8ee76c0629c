package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {
  static final Map<String, Outlet> OUTLETS =
      Map.of(
          "L", outlet("L", Lean.LEFT),
          "LL", outlet("LL", Lean.LEAN_LEFT),
          "C", outlet("C", Lean.CENTRE),
          "R", outlet("R", Lean.RIGHT),
          "LR", outlet("LR", Lean.LEAN_RIGHT));

  static Outlet outlet(String name, Lean lean) {
    return new Outlet(name, lean, "", "", List.of());
  }

  @Test
  void countsAndSharesPerLeanInScaleOrderWithTheOutletsBehindEach() {
    Coverage c = Coverage.of(List.of("R", "L", "Unknown Gazette", "LL"), OUTLETS, rule());
    assertThat(c.parts())
        .extracting(Coverage.Part::lean, Coverage.Part::count, Coverage.Part::outlets)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Lean.LEFT, 1, List.of("L")),
            org.assertj.core.groups.Tuple.tuple(Lean.LEAN_LEFT, 1, List.of("LL")),
            org.assertj.core.groups.Tuple.tuple(Lean.RIGHT, 1, List.of("R")),
            org.assertj.core.groups.Tuple.tuple(Lean.UNKNOWN, 1, List.of("Unknown Gazette")));
    assertThat(c.parts()).extracting(Coverage.Part::share).containsOnly(0.25);
    assertThat(c.outlets()).isEqualTo(4);
    assertThat(c.known()).isEqualTo(3);
    assertThat(c.blindspot()).as("2 of 3 known on the left is under 75%").isNull();
  }

  @Test
  void oneSidedCoverageWithEnoughOutletsIsABlindspot() {
    Coverage left = Coverage.of(List.of("L", "LL", "C", "X", "Y"), withMore(Lean.LEFT), rule());
    assertThat(left.blindspot()).isEqualTo(new Coverage.Blindspot(-1, 3, 4));
    Coverage right = Coverage.of(List.of("R", "LR", "Z"), withMore(Lean.RIGHT), rule());
    assertThat(right.blindspot()).isEqualTo(new Coverage.Blindspot(1, 3, 3));
  }

  @Test
  void tooFewKnownOutletsOrUnknownLeansNeverMakeABlindspot() {
    assertThat(Coverage.of(List.of("L", "LL"), OUTLETS, rule()).blindspot()).isNull();
    assertThat(Coverage.of(List.of("L", "LL", "A", "B", "C2"), OUTLETS, rule()).blindspot())
        .as("unknown outlets do not count towards the minimum")
        .isNull();
    assertThat(Coverage.of(List.of(), OUTLETS, rule()).parts()).isEmpty();
  }

  /** The rule these cases are written for, stated here (the shipped one is a setting). */
  private static Coverage.Rule rule() {
    return new Coverage.Rule(0.75, 3);
  }

  private static Map<String, Outlet> withMore(Lean lean) {
    Map<String, Outlet> m = new java.util.HashMap<>(OUTLETS);
    m.put("X", outlet("X", lean));
    m.put("Z", outlet("Z", lean));
    return m;
  }
}
