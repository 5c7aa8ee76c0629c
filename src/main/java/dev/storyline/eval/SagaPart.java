package dev.storyline.eval;

import java.util.List;

/**
 * Part of {@link RealSagaBench}: what one part cost, in nanoseconds of wall time.
 *
 * @param store storing the articles (duplicate checks included)
 * @param analysis the analyzer's time
 * @param process from the first analysis to the last brief written (analysis included)
 * @param cluster assigning articles to stories (the clusterer alone)
 * @param brief writing briefs (the writer alone)
 * @param scorecard the forecast scorecard and reading storylines back from the store
 * @param restore of {@code scorecard}: reading storylines back from the store
 * @param briefs briefs written
 * @param stored articles stored (not duplicates)
 * @param repairs stories the repair pass merged or split
 */
record SagaPart(
    long store,
    long analysis,
    long process,
    long cluster,
    long brief,
    long scorecard,
    long restore,
    long briefs,
    int stored,
    long repairs) {
  /** Everything but the analyzer: storing, clustering, repair, linking, briefs, scorecard. */
  long rest() {
    return store + process - analysis;
  }

  long all() {
    return store + process;
  }

  static SagaPart sum(List<SagaPart> parts) {
    return new SagaPart(
        parts.stream().mapToLong(SagaPart::store).sum(),
        parts.stream().mapToLong(SagaPart::analysis).sum(),
        parts.stream().mapToLong(SagaPart::process).sum(),
        parts.stream().mapToLong(SagaPart::cluster).sum(),
        parts.stream().mapToLong(SagaPart::brief).sum(),
        parts.stream().mapToLong(SagaPart::scorecard).sum(),
        parts.stream().mapToLong(SagaPart::restore).sum(),
        parts.stream().mapToLong(SagaPart::briefs).sum(),
        parts.stream().mapToInt(SagaPart::stored).sum(),
        parts.stream().mapToLong(SagaPart::repairs).sum());
  }
}
