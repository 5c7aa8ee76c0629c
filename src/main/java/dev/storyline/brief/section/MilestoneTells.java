package dev.storyline.brief.section;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.TextVector;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a timeline milestone (a story's first day and headline) already tells a background fact,
 * which {@link TimelineWriter} then leaves out: in the fact's month, the same figure and two more
 * content words ("In March 2026, a 72-hour strike closed the port" beside "Port shut as dockworkers
 * begin 72-hour strike") or {@value #MILESTONE} of the shorter text's content words (headlines are
 * terse); in any month, the same large figure ({@link MarginalRelevance#sameLargeFigure}); and,
 * when the fact's date holds the milestone's day (that day, its month or its year), half the
 * headline's words with the fact's sentence as close in meaning to the milestone story's title and
 * lead as {@link SameDateFacts#SAME_EVENT} ("In March 2025, Kestrel launched the K7, its first
 * phone with a home-grown processor." beside the milestone of 18 March 2025, "Kestrel unveils K7
 * smartphone": other words, one event).
 *
 * <p>Meaning alone is not enough: a sentence is often as close to a story of its saga that tells
 * another event. On basil and Timeline17 ({@code eval pages}), of the facts at 0.6 or more from a
 * milestone of their month, about half told it ("The Los Angeles coroner disclosed in August that
 * Propofol … were the primary drugs" beside "Michael Jackson had lethal levels of … propofol …,
 * coroner's office documents show") and half did not (Singapore's first H1N1 case beside "The
 * government has been warning Singaporeans for weeks to prepare for an inevitable H1N1 outbreak",
 * at 0.85). With half the headline's words as well, no page of those sets changes.
 */
final class MilestoneTells {
  /** Share of the shorter text's content words that tells a fact in words alone. */
  static final double MILESTONE = 0.6;

  /**
   * Share of the headline's words a fact of its event in other words (and close in meaning) has.
   */
  static final double HALF = 0.5;

  private MilestoneTells() {}

  /**
   * True when {@code milestone} (whose story's title and lead embedding is {@code core}, or null)
   * tells fact {@code f}.
   */
  static boolean tells(TimelineWriter.Fact f, TimelineEntry milestone, float[] core) {
    TimelineEntry fact = f.entry();
    String a = fact.line().text();
    String b = milestone.line().text();
    return MarginalRelevance.sameLargeFigure(a, b)
        || sameMonth(fact, milestone)
            && (MarginalRelevance.sameFact(a, b, 2)
                || MarginalRelevance.restates(a, b, MILESTONE)
                || holdsDay(fact, milestone)
                    && holdsHeadline(b, a)
                    && sameEvent(f.embedding(), core));
  }

  private static boolean sameMonth(TimelineEntry fact, TimelineEntry milestone) {
    return fact.granularity() == DateGranularity.YEAR
        ? fact.date().getYear() == milestone.date().getYear()
        : fact.date().withDayOfMonth(1).equals(milestone.date().withDayOfMonth(1));
  }

  /** True when the fact's date is the milestone's day, or a month or a year that holds it. */
  private static boolean holdsDay(TimelineEntry fact, TimelineEntry milestone) {
    return fact.granularity() != DateGranularity.DAY || fact.date().equals(milestone.date());
  }

  private static boolean sameEvent(float[] sentence, float[] core) {
    double c = core == null ? Double.NaN : TextVector.cosine(sentence, core);
    return !Double.isNaN(c) && c >= SameDateFacts.SAME_EVENT;
  }

  /**
   * True when {@code text} holds {@value #HALF} of the headline's words, of which it has three or
   * more. Unlike {@link MarginalRelevance#restates}, names with digits count (headlines name models
   * and flights by them: "K7", "MH17"); bare numbers and calendar words do not.
   */
  static boolean holdsHeadline(String headline, String text) {
    Set<String> own = words(headline);
    Set<String> other = words(text);
    return own.size() >= 3 && own.stream().filter(other::contains).count() >= HALF * own.size();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Vectorizer.terms(text)) {
      if (!MarginalRelevance.CALENDAR.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        out.add(dev.storyline.words.English.stem(w));
      }
    }
    return out;
  }
}
