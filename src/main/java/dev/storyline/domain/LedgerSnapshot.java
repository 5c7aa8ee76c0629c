package dev.storyline.domain;

import java.util.List;

/**
 * What a storyline's forecast ledger found, in a form to store: each story's forecast items with
 * the later sentences that matched them, and the articles already offered to every forecast. A
 * process that starts again restores the ledger from it instead of matching every forecast against
 * the storyline's whole history; a match depends only on the forecast sentence and the later
 * sentence, so what was found stays true whatever stories the articles are in now.
 *
 * @param offered the ids of the articles offered to every forecast there was, sorted
 * @param forecasts the forecasts, by story id, then brief order
 */
public record LedgerSnapshot(List<String> offered, List<LedgerSnapshot.Entry> forecasts) {

  /**
   * One forecast item of a story's brief and its matches.
   *
   * @param story the story whose brief made it
   * @param item the item as the brief has it
   * @param hits the later sentences that matched it, by article id and sentence index
   */
  public record Entry(String story, Brief.ForecastItem item, List<Hit> hits) {}

  /**
   * A later sentence that matched a forecast.
   *
   * @param article the later article's id
   * @param sentence the sentence's index in it
   * @param similarity how close it is to the forecast, 0 to 1
   * @param contradicts whether it reports that the forecast did not come true
   */
  public record Hit(String article, int sentence, double similarity, boolean contradicts) {}
}
