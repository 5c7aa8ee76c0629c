package dev.storyline.web;

import dev.storyline.domain.Brief;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Explainer;
import dev.storyline.domain.Brief.Forecast;
import dev.storyline.domain.Brief.ForecastItem;
import dev.storyline.domain.Brief.Gloss;
import dev.storyline.domain.Brief.Noise;
import dev.storyline.domain.Brief.SourceArticle;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StorylineCard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invented stories for web tests. Storyline "port-dispute" holds {@link #VOTE} (October) and {@link
 * #STRIKE} (24 Nov 2026, every section filled); storyline "city-budget" holds {@link #BUDGET},
 * whose headline contains a script tag and whose brief has gaps.
 */
public final class Fixtures {

  public static final String STRIKE = "s-strike";
  public static final String STRIKE_SLUG = "dockworkers-walk-out-at-meridian-port";
  public static final String VOTE = "s-vote";
  public static final String VOTE_SLUG = "harbor-union-votes-to-strike";
  public static final String BUDGET = "s-budget";
  public static final String BUDGET_SLUG = "council-debates-port-budget";
  public static final String BUDGET_HEADLINE =
      "Council debates <script>alert(1)</script> port budget";
  public static final Instant LATEST_DAY = Instant.parse("2026-11-24T00:00:00Z");

  /** Source sentences: "articleId#index" to text (index -1 is the title). */
  public static final Map<String, String> SENTENCES = sentences();

  private Fixtures() {}

  private static Map<String, String> sentences() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("a1#-1", "Dockworkers walk out at Meridian Port");
    s.put(
        "a1#0", "Thousands of dockworkers walked off the job at Meridian Port on Tuesday morning.");
    s.put("a1#1", "The Harbor Union said wages had not kept pace with prices since 2019.");
    s.put("a1#2", "Port director Lena Varga said the authority's offer was fair.");
    s.put("a2#0", "At least fourteen container ships were waiting offshore by midday.");
    s.put("a2#1", "Retailers warned that holiday deliveries could be delayed.");
    s.put("a2#2", "\"We will stay out as long as it takes,\" union leader Tomas Reyes said.");
    s.put("a3#0", "A state mediator said talks could resume on Friday.");
    s.put("a3#1", "Analysts at Tidewater Capital expect the dispute to last at least a week.");
    s.put(
        "a3#2", "The Harbor Union, which represents about 4,000 dockworkers, last struck in 2019.");
    s.put("b1#-1", "Harbor Union votes to strike");
    s.put("b1#0", "Members of the Harbor Union voted to authorize a strike in October.");
    s.put("c1#-1", "Council debates port budget");
    s.put("c1#0", "The city council spent the evening debating the port's share of the budget.");
    return Map.copyOf(s);
  }

  /** A line citing one source sentence, with that sentence as its text. */
  static Line cite(String article, int sentence) {
    return Line.of(SENTENCES.get(article + "#" + sentence), new SourceRef(article, sentence));
  }

  static Line line(String text, String... keys) {
    List<SourceRef> refs =
        java.util.Arrays.stream(keys)
            .map(
                k ->
                    new SourceRef(
                        k.substring(0, k.indexOf('#')),
                        Integer.parseInt(k.substring(k.indexOf('#') + 1))))
            .toList();
    return new Line(text, refs);
  }

  public static List<StoryDetail> all() {
    StorylineCard port =
        new StorylineCard(
            "port-dispute",
            "dockworkers-walk-out",
            "Dockworkers walk out at Meridian Port",
            voteCard().firstPublished(),
            strikeCard().lastPublished(),
            List.of(voteCard(), strikeCard()));
    StorylineCard city =
        new StorylineCard(
            "city-budget",
            "council-debates-port-budget",
            BUDGET_HEADLINE,
            budgetCard().firstPublished(),
            budgetCard().lastPublished(),
            List.of(budgetCard()));
    return List.of(
        new StoryDetail(strikeCard(), strikeBrief(), port, SENTENCES),
        new StoryDetail(voteCard(), voteBrief(), port, SENTENCES),
        new StoryDetail(budgetCard(), budgetBrief(), city, SENTENCES));
  }

  static Noise strikeNoise() {
    return new Noise(
        72,
        "Loud",
        3,
        3,
        9,
        "Three outlets published three articles within nine hours, above the median story.",
        true);
  }

  static StoryCard strikeCard() {
    return new StoryCard(
        STRIKE,
        STRIKE_SLUG,
        "Dockworkers walk out at Meridian Port",
        "port-dispute",
        Instant.parse("2026-11-24T06:00:00Z"),
        Instant.parse("2026-11-24T15:30:00Z"),
        3,
        List.of("Harbor Times", "Coastal Ledger", "Meridian Post"),
        strikeNoise(),
        "The walkout halts most container traffic through the region's busiest port.");
  }

  static StoryCard voteCard() {
    return new StoryCard(
        VOTE,
        VOTE_SLUG,
        "Harbor Union votes to strike",
        "port-dispute",
        Instant.parse("2026-10-12T08:00:00Z"),
        Instant.parse("2026-10-13T17:00:00Z"),
        1,
        List.of("Coastal Ledger"),
        new Noise(30, "Moderate", 1, 1, 0, "One article.", false),
        "A strike would halt most container traffic.");
  }

  static StoryCard budgetCard() {
    return new StoryCard(
        BUDGET,
        BUDGET_SLUG,
        BUDGET_HEADLINE,
        "city-budget",
        Instant.parse("2026-11-24T10:00:00Z"),
        Instant.parse("2026-11-24T11:00:00Z"),
        1,
        List.of("City Herald"),
        new Noise(20, "Quiet", 1, 1, 1, "One article.", false),
        "");
  }

  static Brief strikeBrief() {
    List<SourceArticle> sources =
        List.of(
            new SourceArticle(
                "a1",
                "Harbor Times",
                "Dockworkers walk out at Meridian Port",
                "https://harbortimes.example/2026/11/24/walkout",
                Instant.parse("2026-11-24T06:00:00Z")),
            new SourceArticle(
                "a2",
                "Coastal Ledger",
                "Port strike leaves ships waiting offshore",
                "https://ledger.example/port-strike",
                Instant.parse("2026-11-24T09:00:00Z")),
            new SourceArticle(
                "a3",
                "Meridian Post",
                "Talks could resume Friday, mediator says",
                null,
                Instant.parse("2026-11-24T15:30:00Z")));
    List<TimelineEntry> timeline =
        List.of(
            new TimelineEntry(
                LocalDate.of(2026, 11, 24),
                DateGranularity.DAY,
                "Dockworkers walk out",
                cite("a1", 0),
                STRIKE,
                false),
            new TimelineEntry(
                LocalDate.of(2026, 10, 1),
                DateGranularity.MONTH,
                "Harbor Union votes to strike",
                cite("b1", 0),
                VOTE,
                false),
            new TimelineEntry(
                LocalDate.of(2019, 1, 1),
                DateGranularity.YEAR,
                "The union's last strike",
                cite("a3", 2),
                null,
                true));
    return new Brief(
        STRIKE,
        Line.of("Dockworkers walk out at Meridian Port", SourceRef.title("a1")),
        List.of(
            line(
                "The walkout halts most container traffic through the region's busiest port,"
                    + " and retailers warn deliveries could slip.",
                "a1#0",
                "a2#1")),
        List.of(
            line("Thousands of dockworkers walked off the job on Tuesday.", "a1#0"),
            line("At least fourteen container ships waited offshore by midday.", "a2#0"),
            line("A mediator said talks could resume on Friday.", "a3#0")),
        List.of(cite("a1", 0), cite("a1", 1), cite("a2", 0)),
        new Explainer(
            List.of(
                line(
                    "Dockworkers load and unload ships; when they stop, goods wait at sea.",
                    "a1#0",
                    "a2#0")),
            List.of(
                new Gloss(
                    "Harbor Union",
                    line("The union represents about 4,000 dockworkers.", "a3#2")))),
        List.of(
            new Camp(
                "Union",
                List.of(
                    new Stance(
                        "Tomas Reyes", cite("a2", 2), "We will stay out as long as it takes"))),
            new Camp("Port authority", List.of(new Stance("Lena Varga", cite("a1", 2), null)))),
        strikeNoise(),
        new Forecast(
            List.of(
                new ForecastItem(
                    "Analysts at Tidewater Capital",
                    line("The dispute is expected to last at least a week.", "a3#1"))),
            Forecast.DISCLAIMER),
        timeline,
        sources,
        Map.of(),
        Instant.parse("2026-11-24T16:00:00Z"),
        "extractive");
  }

  static Brief voteBrief() {
    Line vote = cite("b1", 0);
    return new Brief(
        VOTE,
        Line.of("Harbor Union votes to strike", SourceRef.title("b1")),
        List.of(vote),
        List.of(vote),
        List.of(vote),
        new Explainer(List.of(vote), List.of()),
        List.of(),
        voteCard().noise(),
        new Forecast(List.of(), Forecast.DISCLAIMER),
        List.of(
            new TimelineEntry(
                LocalDate.of(2026, 10, 12),
                DateGranularity.DAY,
                "Harbor Union votes to strike",
                Line.of("Harbor Union votes to strike.", SourceRef.title("b1")),
                VOTE,
                false)),
        List.of(
            new SourceArticle(
                "b1",
                "Coastal Ledger",
                "Harbor Union votes to strike",
                "https://ledger.example/vote",
                Instant.parse("2026-10-12T08:00:00Z"))),
        Map.of(
            "sides",
            "No attributed statements in the sources yet.",
            "forecast",
            "No forward-looking statements in the sources yet."),
        Instant.parse("2026-10-13T18:00:00Z"),
        "extractive");
  }

  static Brief budgetBrief() {
    Line debate = cite("c1", 0);
    return new Brief(
        BUDGET,
        Line.of(BUDGET_HEADLINE, SourceRef.title("c1")),
        List.of(),
        List.of(debate),
        List.of(debate),
        new Explainer(List.of(), List.of()),
        List.of(),
        budgetCard().noise(),
        new Forecast(List.of(), Forecast.DISCLAIMER),
        List.of(),
        List.of(
            new SourceArticle(
                "c1",
                "City Herald",
                "Council debates port budget",
                "javascript:alert(1)",
                Instant.parse("2026-11-24T10:00:00Z"))),
        Map.of(
            "why_it_matters",
            "Not enough material yet to say why this matters.",
            "explainer",
            "Too little background in the sources for an explainer.",
            "sides",
            "No attributed statements in the sources yet.",
            "forecast",
            "No forward-looking statements in the sources yet.",
            "timeline",
            "Not enough dated events for a timeline."),
        Instant.parse("2026-11-24T12:00:00Z"),
        "extractive");
  }
}
