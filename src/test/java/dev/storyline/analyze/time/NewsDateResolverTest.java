package dev.storyline.analyze.time;

import static dev.storyline.domain.DateGranularity.DAY;
import static dev.storyline.domain.DateGranularity.MONTH;
import static dev.storyline.domain.DateGranularity.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected dates are worked out by hand. Unless a case says otherwise the article was published on
 * Tuesday 24 November 2026, so the week started Monday 23 November.
 */
class NewsDateResolverTest {
  private static final LocalDate TUE = LocalDate.of(2026, 11, 24);
  private final NewsDateResolver resolver = new NewsDateResolver();

  static Stream<Arguments> absolute() {
    return Stream.of(
        arguments("In 2019, the company invested in a new plant.", "In 2019", "2019-01-01", YEAR),
        arguments("The plant opened in March 2021.", "in March 2021", "2021-03-01", MONTH),
        arguments("The treaty was signed on March 3, 2019.", "on March 3, 2019", "2019-03-03", DAY),
        arguments("The treaty was signed on 3 March 2019.", "on 3 March 2019", "2019-03-03", DAY),
        arguments(
            "It was signed on the 3rd of March 2019.",
            "on the 3rd of March 2019",
            "2019-03-03",
            DAY),
        arguments(
            "The tower fell on Sept. 11, 2001, officials said.",
            "on Sept. 11, 2001",
            "2001-09-11",
            DAY),
        arguments(
            "Shares peaked in Sept. 2019 and then slid.", "in Sept. 2019", "2019-09-01", MONTH),
        arguments("The index closed at a record on 2019-03-04.", "2019-03-04", "2019-03-04", DAY),
        arguments("Since 2019, the town has grown.", "Since 2019", "2019-01-01", YEAR),
        arguments("The country aims to cut emissions by 2030.", "by 2030", "2030-01-01", YEAR),
        arguments("Output fell during 2019.", "during 2019", "2019-01-01", YEAR),
        arguments(
            "The firm expects a recovery in early 2020.", "in early 2020", "2020-01-01", YEAR),
        arguments("Sales collapsed in late 2020.", "in late 2020", "2020-01-01", YEAR),
        arguments("By mid-2020, the virus had spread.", "By mid-2020", "2020-01-01", YEAR),
        arguments(
            "The line will be finished by the end of 2027.",
            "by the end of 2027",
            "2027-01-01",
            YEAR),
        arguments("The region saw 2019 deaths in 2020.", "in 2020", "2020-01-01", YEAR),
        // yearless: the publication year is closest and the clause is past
        arguments("The factory opened in March.", "in March", "2026-03-01", MONTH),
        arguments("Floods hit the region in mid-March.", "in mid-March", "2026-03-01", MONTH),
        arguments("Last March, prices fell.", "Last March", "2026-03-01", MONTH),
        // the next March after November 2026 is in 2027
        arguments("The factory will open in March.", "in March", "2027-03-01", MONTH),
        arguments("The tariff takes effect next March.", "next March", "2027-03-01", MONTH),
        // no December 2026 has happened yet in a past clause: December 2025
        arguments("The law passed in December.", "in December", "2025-12-01", MONTH),
        // Jan 5 2027 is closest (42 days ahead), but a past clause moves it back to 2026
        arguments("Officials met on Jan. 5 to discuss the plan.", "on Jan. 5", "2026-01-05", DAY),
        // a future clause: 3 March 2027 rather than 3 March 2026
        arguments("The hearing is scheduled for March 3.", "March 3", "2027-03-03", DAY),
        arguments("The summit opens Nov. 30 in Lisbon.", "Nov. 30", "2026-11-30", DAY));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("absolute")
  void resolvesAbsoluteDates(String sentence, String text, String date, DateGranularity g) {
    assertSingle(sentence, TUE, text, date, g);
  }

  static Stream<Arguments> relative() {
    return Stream.of(
        arguments(
            "The council voted on Friday to close the bridge.", "on Friday", "2026-11-20", DAY),
        arguments("Friday's vote was close.", "Friday", "2026-11-20", DAY),
        arguments("The march on Friday drew thousands.", "on Friday", "2026-11-20", DAY),
        // published on a Tuesday: "on Tuesday" is the publication day
        arguments(
            "On Tuesday, the court ruled against the company.", "On Tuesday", "2026-11-24", DAY),
        arguments("He said on Monday that he will resign.", "on Monday", "2026-11-23", DAY),
        arguments("The council will vote on Friday.", "on Friday", "2026-11-27", DAY),
        arguments("The union will strike next Friday.", "next Friday", "2026-11-27", DAY),
        arguments("Talks collapsed last Friday.", "last Friday", "2026-11-20", DAY),
        arguments("The minister resigned today.", "today", "2026-11-24", DAY),
        arguments("The storm hit yesterday.", "yesterday", "2026-11-23", DAY),
        arguments("The results are due tomorrow.", "tomorrow", "2026-11-25", DAY),
        arguments("Fires broke out last night.", "last night", "2026-11-23", DAY),
        arguments("Sales slowed last week.", "last week", "2026-11-16", DAY),
        arguments("Talks resume next week.", "next week", "2026-11-30", DAY),
        arguments("Earlier this week, the board met.", "Earlier this week", "2026-11-23", DAY),
        arguments("Inflation eased last month.", "last month", "2026-10-01", MONTH),
        arguments("The report is due next month.", "next month", "2026-12-01", MONTH),
        arguments("Prices rose last year, the agency said.", "last year", "2025-01-01", YEAR),
        arguments("Earlier this year, the firm cut jobs.", "Earlier this year", "2026-01-01", YEAR),
        arguments("The plant will reopen later this year.", "later this year", "2026-01-01", YEAR),
        arguments("The bridge closed two years ago.", "two years ago", "2024-01-01", YEAR),
        arguments("The mine closed 3 months ago.", "3 months ago", "2026-08-01", MONTH),
        arguments("A decade ago, the town had no school.", "A decade ago", "2016-01-01", YEAR),
        arguments("Five days ago, rebels took the city.", "Five days ago", "2026-11-19", DAY),
        arguments("The vote will be held in two weeks.", "in two weeks", "2026-12-08", DAY),
        arguments(
            "The firm must repay the loan within three months.",
            "within three months",
            "2027-02-01",
            MONTH),
        arguments("The mall is to open in a year's time.", "in a year's time", "2027-01-01", YEAR));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("relative")
  void resolvesRelativeDates(String sentence, String text, String date, DateGranularity g) {
    assertSingle(sentence, TUE, text, date, g);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "The festival drew 2019 people.",
        "The ticket cost $2019 in fees.",
        "Take Route 2019 to the coast.",
        "Officials may decide the matter soon.",
        "May I ask a question?",
        "Protesters march through the city.",
        "About 1,000 people attended.",
        "Growth was 2.5 percent.",
        "Theresa May said the deal was fair.",
        "The decision is now in May's hands.",
        "Turnout fell by 2000.",
        "He owns shares in 2020 companies.",
        "Black Friday sales rose.",
        "Stores open on Fridays.",
        "The Sunday Times broke the story.",
        "Jan Smith chairs the board.",
        "In the 1990s, the plant employed thousands.",
        "The last year of his term was quiet.",
        "Prices doubled in two years.",
        "The March on Washington is remembered.",
        "Call 555-2019 for details.",
        "The old city was founded in 1250 BC by a river king.",
        "The king ruled from 1792 to 1750BC and wrote down the first laws.",
        "The wall stood from 1200 until 1100 B.C. on the hill.",
        "On returning shortly after 1100, he found the singer had stopped breathing.",
        "Polls close by 1100 (1600 GMT) in the capital.",
        "The strike runs from 1730 BST on the island routes.",
        ""
      })
  void ignoresNonDates(String sentence) {
    assertThat(resolver.resolve(sentence, TUE)).isEmpty();
  }

  @Test
  void spansOfDaysPassTheQuickCueCheck() {
    // "days" is the only time word here: the pre-check that skips date-free sentences must let it
    // through.
    assertThat(
            resolver.resolve("It will be the second time in two days that the board meets.", TUE))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("in two days");
              assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 26));
            });
    assertThat(resolver.resolve("The board met and nothing was decided.", TUE)).isEmpty();
  }

  @Test
  void pastClauseMovesALateYearlessDateBackAYear() {
    // published Saturday 10 January 2026: 1 June 2026 is closest but lies in the future
    List<DateMention> found =
        resolver.resolve("On June 1, the firm said it would expand.", LocalDate.of(2026, 1, 10));
    assertThat(found).extracting(DateMention::date).containsExactly(LocalDate.of(2025, 6, 1));
  }

  @Test
  void aModalEarlierInTheClauseDatesTheComingMonth() {
    // published 21 August 2030: the November the candidate would help in is the coming one, even
    // with a past verb in the next clause
    LocalDate aug = LocalDate.of(2030, 8, 21);
    assertThat(
            resolver.resolve(
                "Mr Vale claimed he would help the party and its candidates in November by staying"
                    + " in the race, but admitted no senator had called him.",
                aug))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2030, 11, 1));
    // without the modal the clause reports the past: last November
    assertThat(
            resolver.resolve(
                "Mr Vale said he helped the party and its candidates in November by staying in the"
                    + " race, but admitted no senator had called him.",
                aug))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2029, 11, 1));
  }

  @Test
  void aSpanAfterASuperlativeMeasuresBackAndNamesNoFuturePoint() {
    assertThat(resolver.resolve("The quake is the port's worst in two centuries.", TUE)).isEmpty();
    assertThat(
            resolver.resolve("It is the first strike at the harbour in ten years, they say.", TUE))
        .isEmpty();
    assertThat(resolver.resolve("The board will vote in two weeks.", TUE))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2026, 12, 8));
  }

  @Test
  void aYearlessSeptemberElevenNamesTheAttacksNotADay() {
    LocalDate june = LocalDate.of(2005, 6, 29);
    assertThat(
            resolver.resolve(
                "The president urged Americans not to forget the lessons of September 11 in his"
                    + " speech.",
                june))
        .isEmpty();
    assertThat(resolver.resolve("He spoke of the September 11 attacks five times.", june))
        .isEmpty();
    // near a September 11, the day itself: the date of the story
    assertThat(
            resolver.resolve(
                "The council met on September 11 to vote on the budget.",
                LocalDate.of(2005, 9, 14)))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2005, 9, 11));
    // even then, "the September 11 attacks" are the attacks
    assertThat(
            resolver.resolve(
                "Flags flew for the victims of the September 11 attacks.",
                LocalDate.of(2005, 9, 14)))
        .isEmpty();
    // with its year it is a date like any other
    assertThat(resolver.resolve("This war reached our shores on September 11 2001.", june))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2001, 9, 11));
  }

  @Test
  void yearlessDateAcrossNewYearPicksTheClosestYear() {
    List<DateMention> found =
        resolver.resolve("The law takes effect Jan. 1.", LocalDate.of(2026, 12, 28));
    assertThat(found).extracting(DateMention::date).containsExactly(LocalDate.of(2027, 1, 1));
  }

  @Test
  void nextMonthWrapsIntoTheNextYear() {
    List<DateMention> found =
        resolver.resolve("Talks restart next month.", LocalDate.of(2026, 12, 15));
    assertThat(found).extracting(DateMention::date).containsExactly(LocalDate.of(2027, 1, 1));
  }

  @Test
  void weekdayBeforeADateIsPartOfOneMention() {
    // published Friday 13 March 2026
    assertSingle(
        "The vote took place on Tuesday, March 10.",
        LocalDate.of(2026, 3, 13),
        "on Tuesday, March 10",
        "2026-03-10",
        DAY);
  }

  @Test
  void offsetsAreRelativeToTheSentence() {
    String sentence = "Officials said on Friday that talks failed in March 2019.";
    List<DateMention> found = resolver.resolve(sentence, TUE);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).start()).isEqualTo(15);
    assertThat(found.get(0).end()).isEqualTo(24);
    assertThat(found.get(1).text()).isEqualTo("in March 2019");
    assertThat(found.get(1).start()).isEqualTo(sentence.indexOf("in March"));
  }

  @Test
  void rangeYieldsOnlyItsStart() {
    assertThat(resolver.resolve("Revenue grew from 2019 to 2021.", TUE))
        .extracting(DateMention::text)
        .containsExactly("from 2019");
  }

  @Test
  void nullInputsGiveNoMentions() {
    assertThat(resolver.resolve(null, TUE)).isEmpty();
    assertThat(resolver.resolve("On Friday it rained.", null)).isEmpty();
  }

  @Test
  void neverFailsOnRandomText() {
    String[] pieces = {
      "March",
      "May",
      "Jan.",
      "Friday",
      "2019",
      "1990s",
      "in",
      "on",
      "by",
      "the",
      "last",
      "next",
      "ago",
      "two",
      "years",
      "week",
      "3",
      "31",
      "3rd",
      "of",
      ",",
      ".",
      "-",
      "$",
      "'s",
      "mid-",
      "early",
      " ",
      "  ",
      "\n",
      "é",
      "\u2019",
      "00",
      "9999",
      "29",
      "February"
    };
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(25);
      for (int j = 0; j < n; j++) {
        String piece =
            random.nextInt(4) == 0 ? randomChars(random) : pieces[random.nextInt(pieces.length)];
        sb.append(piece).append(random.nextBoolean() ? " " : "");
      }
      String sentence = sb.toString();
      LocalDate published = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(73_000));
      assertThatCode(() -> checkMentions(sentence, published))
          .as(sentence)
          .doesNotThrowAnyException();
    }
  }

  private void checkMentions(String sentence, LocalDate published) {
    for (DateMention m : resolver.resolve(sentence, published)) {
      if (!sentence.substring(m.start(), m.end()).equals(m.text())) {
        throw new AssertionError("offsets do not match text: " + m);
      }
    }
  }

  private static String randomChars(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(6); k > 0; k--) {
      sb.append((char) random.nextInt(0x3000));
    }
    return sb.toString();
  }

  private void assertSingle(
      String sentence, LocalDate published, String text, String date, DateGranularity granularity) {
    List<DateMention> found = resolver.resolve(sentence, published);
    assertThat(found).as("mentions in %s", sentence).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.text()).isEqualTo(text);
    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(text);
    assertThat(m.date()).isEqualTo(LocalDate.parse(date));
    assertThat(m.granularity()).isEqualTo(granularity);
  }
}
