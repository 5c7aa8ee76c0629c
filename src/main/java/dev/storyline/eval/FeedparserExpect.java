package dev.storyline.eval;

import dev.storyline.ingest.feed.FeedEntry;
import dev.storyline.ingest.feed.ParsedFeed;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Translates the {@code Expect:} lines of feedparser's test feeds that concern what Storyline keeps
 * (well-formedness, feed title and link, entry titles, links, ids, authors, dates, summary and
 * content as plain text, entry count) into checks on a {@link ParsedFeed}. An expectation with any
 * clause outside that set is "not applicable". Markup is compared as text: Storyline stores text.
 */
final class FeedparserExpect {
  private static final Pattern CLAUSE =
      Pattern.compile(
          "^(feed|entries\\[(\\d+)\\])\\s*(?:\\['(\\w+)'\\]|\\.(\\w+))(?:\\s*\\[0\\]\\s*\\['value'\\]|\\s*\\['value'\\])?"
              + "\\s*==\\s*(.+)$",
          Pattern.DOTALL);
  private static final Pattern LEN = Pattern.compile("^len\\(entries\\)\\s*==\\s*(\\d+)$");
  private static final List<String> FEED_FIELDS = List.of("title", "title_detail", "link");
  private static final List<String> ENTRY_FIELDS =
      List.of(
          "title",
          "title_detail",
          "link",
          "id",
          "author",
          "summary",
          "description",
          "content",
          "published_parsed",
          "updated_parsed");

  /** Outcome of one file. */
  enum Result {
    PASS,
    FAIL,
    NOT_APPLICABLE
  }

  private FeedparserExpect() {}

  /** Checks {@code expect} against a parse ({@code feed} null when parsing failed). */
  static Result check(String expect, ParsedFeed feed) {
    List<String> clauses = splitAnd(expect.strip());
    boolean ok = true;
    for (String c : clauses) {
      Boolean r = clause(c.strip(), feed);
      if (r == null) {
        return Result.NOT_APPLICABLE;
      }
      ok &= r;
    }
    return ok ? Result.PASS : Result.FAIL;
  }

  private static Boolean clause(String c, ParsedFeed feed) {
    boolean bozo = feed == null || feed.format().equals("recovered");
    if (c.equals("not bozo")) {
      return !bozo;
    }
    if (c.equals("bozo")) {
      return bozo;
    }
    Matcher len = LEN.matcher(c);
    if (len.matches()) {
      return feed != null && feed.entries().size() == Integer.parseInt(len.group(1));
    }
    Matcher m = CLAUSE.matcher(c);
    if (!m.matches()) {
      return null;
    }
    String field = m.group(3) != null ? m.group(3) : m.group(4);
    boolean isFeed = m.group(1).equals("feed");
    if (!(isFeed ? FEED_FIELDS : ENTRY_FIELDS).contains(field)) {
      return null;
    }
    String literal = m.group(5).strip();
    if (feed == null) {
      return false;
    }
    if (field.endsWith("_parsed")) {
      return dateMatches(literal, feed, Integer.parseInt(m.group(2)), field);
    }
    String expected = PyLiteral.string(literal);
    if (expected == null) {
      return null;
    }
    String actual =
        isFeed ? feedValue(feed, field) : entryValue(feed, Integer.parseInt(m.group(2)), field);
    if (actual == null) {
      return false;
    }
    if (field.startsWith("title")) { // stored as plain text: feedparser's value itself, or its text
      String plain = actual.replaceAll("[\\s\\u00a0]+", " ").strip();
      return plain.equals(expected.replaceAll("[\\s\\u00a0]+", " ").strip())
          || plain.equals(text(expected));
    }
    return text(actual).equals(text(expected));
  }

  private static String feedValue(ParsedFeed f, String field) {
    return field.equals("link") ? f.link() : f.title();
  }

  private static String entryValue(ParsedFeed f, int i, String field) {
    if (i >= f.entries().size()) {
      return null;
    }
    FeedEntry e = f.entries().get(i);
    return switch (field) {
      case "title", "title_detail" -> e.title();
      case "link" -> e.link();
      case "id" -> e.id();
      case "author" -> e.authors().isEmpty() ? null : e.authors().get(0);
      case "content" -> e.content();
      default -> e.summary().isBlank() ? e.content() : e.summary();
    };
  }

  private static Boolean dateMatches(String literal, ParsedFeed f, int i, String field) {
    Matcher t =
        Pattern.compile("^\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)")
            .matcher(literal);
    if (!t.find()) {
      return null;
    }
    if (i >= f.entries().size()) {
      return false;
    }
    FeedEntry e = f.entries().get(i);
    // feedparser itself answers updated_parsed with published_parsed when an entry has no update
    // time
    var when =
        field.startsWith("published")
            ? e.published()
            : e.updated() != null ? e.updated() : e.published();
    if (when == null) {
      return false;
    }
    ZonedDateTime z = when.atZone(ZoneOffset.UTC);
    int[] want = new int[6];
    for (int k = 0; k < 6; k++) {
      want[k] = Integer.parseInt(t.group(k + 1));
    }
    return z.getYear() == want[0]
        && z.getMonthValue() == want[1]
        && z.getDayOfMonth() == want[2]
        && z.getHour() == want[3]
        && z.getMinute() == want[4]
        && z.getSecond() == want[5];
  }

  /** Markup and whitespace do not count: the plain text is compared. */
  private static String text(String s) {
    String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
    return t.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static List<String> splitAnd(String expr) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && expr.startsWith(" and ", i)) {
        out.add(expr.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    out.add(expr.substring(start));
    return out;
  }
}
