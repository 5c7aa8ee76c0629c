package dev.storyline.brief;

import static dev.storyline.brief.Fixture.date;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.DateGranularity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates invented articles about one event from templates, with a fixed seed. */
final class Synthetic {
  private static final String[] THINGS = {
    "bridge",
    "tunnel",
    "rail line",
    "ferry route",
    "power plant",
    "water works",
    "airport",
    "harbour",
    "school",
    "hospital",
    "market",
    "stadium"
  };
  private static final String[] PEOPLE = {
    "Mira Castell", "Daniel Reyes", "Adaeze Okafor", "Jonas Weber", "Lena Varga", "Tomas Ibarra"
  };
  private static final String[] ORGS = {
    "Lysaria Ferry Board", "Harbor Union", "Lumen Forge", "Okoye Transport", "Meridian Council"
  };
  private static final String[] VERBS = {"repair", "expand", "close", "rebuild", "sell", "inspect"};

  private Synthetic() {}

  /** {@code n} articles from {@code outlets} outlets spread over {@code hours} hours. */
  static List<AnalyzedArticle> story(String prefix, int n, int outlets, int hours, long seed) {
    Random r = new Random(seed);
    Instant start = Instant.parse("2025-04-01T06:00:00Z");
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = start.plus(Duration.ofMinutes((long) hours * 60 * i / Math.max(1, n)));
      out.add(article(prefix + i, "Outlet " + (i % outlets), at.toString(), r));
    }
    return out;
  }

  private static AnalyzedArticle article(String id, String outlet, String at, Random r) {
    String thing = pick(THINGS, r);
    String verb = pick(VERBS, r);
    String person = pick(PEOPLE, r);
    String org = pick(ORGS, r);
    int number = 2 + r.nextInt(900);
    int year = 1990 + r.nextInt(30);
    return Fixture.article(id, outlet, at)
        .title("Meridian Council votes to " + verb + " the old " + thing + " | " + outlet)
        .sentence(
            "The Meridian Council voted on Tuesday to "
                + verb
                + " the old "
                + thing
                + " at a cost of "
                + number
                + " million.",
            org("Meridian Council"))
        .sentence(
            person
                + " said the plan to "
                + verb
                + " the "
                + thing
                + " was reckless and unfair to residents.",
            person(person))
        .sentence(
            org
                + " defended the decision, saying the "
                + thing
                + " had become unsafe after years of neglect.",
            org(org))
        .sentence(
            "The decision marks the first time the council has moved to "
                + verb
                + " a "
                + thing
                + " in "
                + (10 + r.nextInt(40))
                + " years.")
        .sentence("Work on the " + thing + " is expected to begin next spring, officials said.")
        .sentence(
            "In " + year + ", the council opened the " + thing + " with " + number + " workers.",
            date("In " + year, year + "-01-01", DateGranularity.YEAR))
        .sentence(
            "\"We will not let the " + thing + " fall apart,\" " + person + " told reporters.",
            person(person))
        .sentence(
            "Residents near the "
                + thing
                + " reported "
                + pick(VERBS, r)
                + " crews and noise on "
                + pick(THINGS, r)
                + " streets this week.")
        .build();
  }

  private static String pick(String[] options, Random r) {
    return options[r.nextInt(options.length)];
  }
}
