package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documented text method for story topics, used only where none of a story's outlets carries a
 * topic set by the operator. Each topic has a list of cue words ({@code /topics/lexicon.txt}). For
 * every article of the story, its title and first two sentences are split into lower-case words;
 * each cue counts once per article that uses it. A topic's score is its hits divided by the number
 * of articles. The story gets the best-scoring topic when that score is at least {@value #MIN} (on
 * average one cue per article), and any other topic scoring at least {@value #NEAR} of the best and
 * at least {@value #MIN}; at most {@value #MAX_TOPICS} topics. Immutable and thread-safe.
 */
public final class TextTopics {
  /** Where the shipped lexicon lives on the classpath. */
  public static final String RESOURCE = "/topics/lexicon.txt";

  static final double MIN = 1.0;
  static final double NEAR = 0.75;
  static final int MAX_TOPICS = 2;
  static final int LEAD_SENTENCES = 2;

  /** topic slug to its cues: exact words, and prefixes (cues written with a trailing *). */
  private final Map<String, Cues> lexicon;

  private record Cues(Set<String> words, List<String> prefixes, List<String> phrases) {}

  TextTopics(Map<String, Cues> lexicon) {
    this.lexicon = lexicon;
  }

  /** The method with the shipped lexicon. */
  public static TextTopics defaults() {
    try (InputStream in = TextTopics.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a lexicon: {@code slug: cue, cue*, two words} per line; {@code #} starts a comment. */
  public static TextTopics read(InputStream in) throws IOException {
    Map<String, Cues> lexicon = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String l = line.strip();
      int colon = l.indexOf(':');
      if (l.isEmpty() || l.startsWith("#") || colon < 1) {
        continue;
      }
      Cues cues = new Cues(new HashSet<>(), new ArrayList<>(), new ArrayList<>());
      for (String raw : l.substring(colon + 1).split(",")) {
        String cue = raw.strip().toLowerCase(Locale.ROOT);
        if (cue.endsWith("*")) {
          cues.prefixes().add(cue.substring(0, cue.length() - 1));
        } else if (cue.contains(" ")) {
          cues.phrases().add(" " + cue + " ");
        } else if (!cue.isEmpty()) {
          cues.words().add(cue);
        }
      }
      lexicon.put(l.substring(0, colon).strip(), cues);
    }
    return new TextTopics(lexicon);
  }

  /** The topics the lexicon knows, in file order. */
  public List<String> topics() {
    return List.copyOf(lexicon.keySet());
  }

  /** The story's topics by this method (possibly none), best first. */
  public List<String> of(List<AnalyzedArticle> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> hits = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      String text = lead(a);
      Set<String> words = words(text);
      String spaced = " " + String.join(" ", wordList(text)) + " ";
      lexicon.forEach((topic, cues) -> hits.merge(topic, count(cues, words, spaced), Integer::sum));
    }
    double n = articles.size();
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    List<String> out = new ArrayList<>();
    double best = ranked.get(0).getValue() / n;
    for (Map.Entry<String, Integer> e : ranked) {
      double score = e.getValue() / n;
      if (score >= MIN && score >= NEAR * best && out.size() < MAX_TOPICS) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static int count(Cues cues, Set<String> words, String spaced) {
    int n = 0;
    for (String w : cues.words()) {
      n += words.contains(w) ? 1 : 0;
    }
    for (String p : cues.prefixes()) {
      for (String w : words) {
        if (w.startsWith(p)) {
          n++;
          break;
        }
      }
    }
    for (String phrase : cues.phrases()) {
      n += spaced.contains(phrase) ? 1 : 0;
    }
    return n;
  }

  private static String lead(AnalyzedArticle a) {
    StringBuilder text = new StringBuilder(a.article().title());
    List<AnalyzedSentence> sentences = a.sentences();
    for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
      text.append(' ').append(sentences.get(i).text());
    }
    return text.toString();
  }

  private static Set<String> words(String text) {
    return new HashSet<>(wordList(text));
  }

  private static List<String> wordList(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
