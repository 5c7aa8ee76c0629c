package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static dev.storyline.brief.Fixture.place;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.List;

/**
 * An invented story in four articles (a port authority buys automated cranes, a union objects) plus
 * an earlier story of the same storyline.
 */
final class PortStory {
  static final String ID = "story-cranes";
  static final String EARLIER_ID = "story-bidding";

  static final String PAST_EXPECTATION =
      "The port was expected to reopen its north gate in March, but it stayed closed.";
  static final String BACKGROUND_2019 =
      "In 2019, the authority opened a second terminal to handle growing traffic.";
  static final String BACKGROUND_2021 =
      "The authority previously signed a maintenance deal with Lumen Forge in 2021.";
  static final String ANALYSTS =
      "Analysts at Tidewater Capital expect the automation to cut loading times by a third"
          + " next year.";

  private PortStory() {}

  static List<AnalyzedArticle> articles() {
    return List.of(ledger(), harborTimes(), tidewater(), islandWire());
  }

  /** The storyline: an earlier story and this one. */
  static List<StoryThread> threads() {
    return List.of(
        new StoryThread(EARLIER_ID, List.of(bidding())), new StoryThread(ID, articles()));
  }

  static StoryMaterial material() {
    return new StoryMaterial(
        ID, articles(), Saga.of(threads()).context(ID), Fixture.COVERAGE, Fixture.NOW);
  }

  static AnalyzedArticle ledger() {
    return article("a1", "Coast Ledger", "2025-03-10T08:00:00Z")
        .title(
            "Meridian port approves automated cranes from Lumen Forge | Coast Ledger",
            org("Lumen Forge"))
        .sentence(
            "LYSARIA CITY — The Meridian Port Authority approved a plan on Monday to install"
                + " automated cranes built by Lumen Forge at the city's main container terminal.",
            org("Meridian Port Authority"),
            org("Lumen Forge"))
        .sentence(
            "Lumen Forge, a robotics firm founded in Lysaria City, will supply twelve cranes"
                + " under the contract.",
            org("Lumen Forge"),
            place("Lysaria City"))
        .sentence(
            "The decision marks the first time a port in the region has replaced crane"
                + " operators with machines.")
        .sentence(
            "Adaeze Okafor, the leader of Harbor Union, criticised the plan as reckless and"
                + " unfair to workers.",
            person("Adaeze Okafor"),
            org("Harbor Union"))
        .sentence(
            "\"The crane plan puts hundreds of families at risk,\" Ms. Okafor said.",
            person("Ms. Okafor"))
        .sentence(BACKGROUND_2019, date("In 2019", "2019-01-01", DateGranularity.YEAR))
        .build();
  }

  static AnalyzedArticle harborTimes() {
    return article("a2", "Harbor Times", "2025-03-10T14:00:00Z")
        .title("Dockworkers vow to strike over automated cranes at Meridian port")
        .sentence(
            "Harbor Union said on Monday that its members will strike next week unless the"
                + " port authority pauses the crane plan.",
            org("Harbor Union"))
        .sentence(
            "The Meridian Port Authority defended the plan, saying automation is necessary"
                + " to keep the port competitive.",
            org("Meridian Port Authority"))
        .sentence(
            "Port officials said the cranes would protect workers from dangerous night"
                + " shifts.")
        .sentence(PAST_EXPECTATION, date("in March", "2025-03-01", DateGranularity.MONTH))
        .sentence(
            BACKGROUND_2021,
            org("Lumen Forge"),
            date("in 2021", "2021-01-01", DateGranularity.YEAR))
        .build();
  }

  static AnalyzedArticle tidewater() {
    return article("a3", "Tidewater Review", "2025-03-11T09:00:00Z")
        .title("You won't believe what robots are doing to Meridian port!")
        .sentence(
            "Automated cranes from Lumen Forge will start work at the Meridian port in June,"
                + " the authority said.",
            org("Lumen Forge"),
            date("in June", "2025-06-01", DateGranularity.MONTH))
        .sentence(ANALYSTS, org("Tidewater Capital"))
        .sentence(
            "The change could reshape work for about 900 dockworkers in Lysaria, a small"
                + " island nation.",
            place("Lysaria"))
        .sentence(
            "Jonas Weber, the port's chief executive, welcomed the contract and praised"
                + " Lumen Forge for its safety record.",
            person("Jonas Weber"),
            org("Lumen Forge"))
        .build();
  }

  static AnalyzedArticle islandWire() {
    return article("a4", "Island Wire", "2025-03-12T10:00:00Z")
        .title(
            "Meridian port crane plan faces strike threat from Harbor Union - Island Wire",
            org("Harbor Union"))
        .sentence(
            "Harbor Union, the dockworkers' union, called the crane plan illegal and warned"
                + " it would challenge the contract in court.",
            org("Harbor Union"))
        .sentence(
            "But Meridian Port Authority board members approved the automated cranes on"
                + " Monday after a two-hour vote.",
            org("Meridian Port Authority"))
        .sentence(
            "\"The new cranes will make the terminal safer for everyone,\" Jonas Weber" + " said.",
            person("Jonas Weber"))
        .build();
  }

  static AnalyzedArticle bidding() {
    return article("e1", "Coast Ledger", "2024-11-05T09:00:00Z")
        .title(
            "Meridian Port Authority opens bidding for automated crane contract",
            org("Meridian Port Authority"))
        .sentence(
            "The Meridian Port Authority opened bidding on Tuesday for a contract to"
                + " automate cranes at its container terminal.",
            org("Meridian Port Authority"))
        .build();
  }
}
