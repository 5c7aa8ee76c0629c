package dev.storyline.store.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * A reader's search words as a Lucene query (classic syntax over title and body, all words
 * required), within Lucene's limits, and the plain words to mark in snippets.
 */
final class SearchQuery {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "title", "body");

  private SearchQuery() {}

  /**
   * Work allowed to turn a regular expression into an automaton. Lucene's default (10,000) let
   * {@code /(a|b)*a(a|b){30}/} run for seconds before giving up; 1,000 refuses it in milliseconds
   * and still admits everyday expressions such as {@code /colou?r/} or {@code /19[0-9]{2}/}.
   */
  static final int DETERMINIZE_WORK_LIMIT = 1000;

  static Query parse(String query, Analyzer analyzer) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {"title", "body"}, analyzer, Map.of("title", 2f, "body", 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      SearchIndex.UnsearchableQueryException beyond = beyondLimits(e);
      if (beyond != null) {
        throw beyond;
      }
      try {
        return parser.parse(QueryParser.escape(query)); // read the words literally
      } catch (ParseException | RuntimeException again) {
        SearchIndex.UnsearchableQueryException literal = beyondLimits(again);
        throw literal != null
            ? literal
            : new IllegalArgumentException(
                "cannot read the query: "
                    + (query.length() > 100 ? query.substring(0, 100) + "…" : query));
      }
    }
  }

  /** The plain reason when {@code e} (or its cause) is one of Lucene's limits, else null. */
  private static SearchIndex.UnsearchableQueryException beyondLimits(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooComplexToDeterminizeException) {
        return new SearchIndex.UnsearchableQueryException(
            "This regular expression is too complex to search for (between slashes, /…/, words"
                + " are read as a regular expression). Simplify it, or leave out the slashes to"
                + " search for the words themselves.",
            e);
      }
      if (t instanceof IndexSearcher.TooManyClauses) {
        return new SearchIndex.UnsearchableQueryException(
            "This search has too many parts (at most "
                + IndexSearcher.getMaxClauseCount()
                + " words and phrases). Use fewer words.",
            e);
      }
    }
    return null;
  }

  static Set<String> words(String query) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!OPERATORS.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }
}
