package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.Brief.Forecast;
import dev.storyline.domain.Brief.ForecastItem;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forecast: forward-looking source sentences ("is expected to", "will", "plans to", a date after
 * publication...) that are not about the past, with who made them when the sentence says so;
 * ranked, de-duplicated, at most four, always followed by {@link Forecast#DISCLAIMER}.
 */
public final class ForecastWriter {
  static final int MAX = 4;
  private static final Pattern ANALYSTS =
      Pattern.compile(
          "\\b(?:[Aa]nalysts|[Ee]conomists|[Ee]xperts|[Oo]bservers)"
              + "(?: (?:at|from) (?:the )?\\p{Lu}[\\p{L}&'’.-]*(?: \\p{Lu}[\\p{L}&'’.-]*)*)?");

  /**
   * A vow of resolve ("we will love one another", "we will not be intimidated", "we will rebuild"):
   * a speaker's resolve, no sign of what comes next.
   */
  private static final Pattern RESOLVE =
      Pattern.compile(
          "\\b(?:we|i)(?: will|['’]ll| shall)(?: not| never| always| all)? (?:love|stand"
              + "|remember|prevail|overcome|persevere|endure|honou?r|mourn|pray|grieve|forget"
              + "|get through|come together|be strong|be (?:intimidated|cowed|defeated|divided"
              + "|afraid|silenced|deterred|broken)|rebuild|recover|rest|give up|back down"
              + "|keep fighting|fight on)\\b",
          Pattern.CASE_INSENSITIVE);

  private ForecastWriter() {}

  public static Forecast write(StoryText text, Actors actors) {
    return write(text, actors, List.of());
  }

  /**
   * The forecast, never repeating a sentence of {@code shown} (published in an earlier section) nor
   * telling it again in other words ({@link Retold}).
   */
  public static Forecast write(StoryText text, Actors actors, List<StorySentence> shown) {
    int n = text.articles().size();
    List<StorySentence> picked =
        MarginalRelevance.select(
            text,
            candidates(text).stream().filter(s -> !Retold.any(s, shown)).toList(),
            s -> score(s, n),
            MAX,
            0.8,
            text.overlapping(),
            shown);
    List<ForecastItem> items =
        picked.stream().map(s -> new ForecastItem(attribution(s, actors), s.line())).toList();
    return new Forecast(items, Forecast.DISCLAIMER);
  }

  /**
   * The story's sentences Forecast could show: those that read alone and look ahead. The summary's
   * opening, Sides and Forecast each ask for them, up to four times per brief; they are read once
   * per story text (held weakly, by identity, as long as the brief being written holds it).
   */
  static List<StorySentence> candidates(StoryText text) {
    return CANDIDATES.get(
        text, t -> t.standalone().stream().filter(s -> score(s, t.articles().size()) > 0).toList());
  }

  private static final com.github.benmanes.caffeine.cache.Cache<StoryText, List<StorySentence>>
      CANDIDATES = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().build();

  static double score(StorySentence s, int articles) {
    if (!forwardLooking(s)) {
      return 0;
    }
    double cue =
        Math.min(2, CueLexicon.score(CueLexicon.FORWARD, s.cueText()) + (futureDate(s) ? 1 : 0));
    double recency = 1 + 0.5 * s.order() / Math.max(1, articles - 1);
    return cue * (0.3 + s.centrality()) * recency;
  }

  /**
   * A forward cue outside a vow of resolve (or a date after publication), no sign of being about
   * the past, and not someone's first-person chatter (a reader's comment or account: {@link
   * Boilerplate#chatter}).
   */
  static boolean forwardLooking(StorySentence s) {
    String text = s.text();
    boolean future = futureDate(s);
    String cues = RESOLVE.matcher(s.cueText()).replaceAll(" ");
    if (text.endsWith("?")
        || Boilerplate.chatter(text)
        || !(future || CueLexicon.score(CueLexicon.FORWARD, cues) >= 1)) {
      return false;
    }
    return !CueLexicon.has(CueLexicon.PAST_EXPECTATION, text)
        && !CueLexicon.pastTense(text, true)
        && !(pastDate(s) && !future);
  }

  private static boolean futureDate(StorySentence s) {
    LocalDate published = published(s);
    return s.sentence().dates().stream().anyMatch(d -> start(d).isAfter(end(published, d)));
  }

  private static boolean pastDate(StorySentence s) {
    LocalDate published = published(s);
    return s.sentence().dates().stream().anyMatch(d -> lastDay(d).isBefore(published));
  }

  private static LocalDate published(StorySentence s) {
    return LocalDate.ofInstant(s.article().article().published(), ZoneOffset.UTC);
  }

  private static LocalDate start(DateMention d) {
    return d.date();
  }

  /** The last day of the publication's period at the mention's granularity. */
  private static LocalDate end(LocalDate published, DateMention d) {
    return switch (d.granularity()) {
      case DAY -> published;
      case MONTH -> published.withDayOfMonth(published.lengthOfMonth());
      case YEAR -> published.withDayOfYear(published.lengthOfYear());
    };
  }

  private static LocalDate lastDay(DateMention d) {
    LocalDate date = d.date();
    return d.granularity() == DateGranularity.DAY
        ? date
        : d.granularity() == DateGranularity.MONTH
            ? date.withDayOfMonth(date.lengthOfMonth())
            : date.withDayOfYear(date.lengthOfYear());
  }

  /** "analysts at Tidewater Capital", a named speaker, or null. */
  static String attribution(StorySentence s, Actors actors) {
    Matcher m = ANALYSTS.matcher(s.text());
    if (m.find()) {
      return m.group();
    }
    Attribution.Speaker who = Attribution.speaker(s, actors);
    return who == null ? null : who.name();
  }
}
