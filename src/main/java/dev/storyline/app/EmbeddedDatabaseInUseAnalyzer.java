package dev.storyline.app;

import dev.storyline.store.journal.EmbeddedDatabaseInUseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains at start-up, in plain words, why a second process cannot open the embedded file. */
final class EmbeddedDatabaseInUseAnalyzer
    extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, EmbeddedDatabaseInUseException e) {
    return new FailureAnalysis(
        "The embedded database "
            + e.file()
            + " is in use by another Storyline process (a running `storyline serve`, import or"
            + " poll). The embedded H2 database serves one process at a time, and Storyline does"
            + " not open a network port to share it.",
        "Stop the other process and run this command again (for example: stop the service, run"
            + " `storyline import FILE`, start the service), or keep the data in PostgreSQL"
            + " (SPRING_DATASOURCE_URL=jdbc:postgresql://HOST/DB), where any number of Storyline"
            + " processes can work at once.",
        e);
  }
}
