package dev.storyline.analyze.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.TextSpan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Dev tool (not a test): single-thread CPU time per analysis step over article streams, and a dump
 * of every entity mention so two versions of the recognizer can be compared line by line.
 *
 * <p>{@code java -cp <test classpath> dev.storyline.analyze.entity.AnalyzeProfile OUT.txt
 * STREAM.jsonl.gz...}
 */
final class AnalyzeProfile {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AnalyzeProfile() {}

  public static void main(String[] args) throws Exception {
    List<String[]> articles = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      articles.addAll(read(Path.of(args[i])));
    }
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();
    PosChunkEntityRecognizer recognizer = PosChunkEntityRecognizer.fromClasspath();
    NewsDateResolver dates = new NewsDateResolver();
    for (int round = 0; round < 2; round++) {
      pass(articles, splitter, recognizer, dates, Path.of(args[0]));
    }
    parts(articles, splitter);
    coverage(articles, splitter);
    embed(articles);
  }

  private static void pass(
      List<String[]> articles,
      OpenNlpSentenceSplitter splitter,
      PosChunkEntityRecognizer recognizer,
      NewsDateResolver dates,
      Path dump)
      throws Exception {
    long split = 0;
    long entities = 0;
    long resolve = 0;
    int sentences = 0;
    int mentions = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dump))) {
      for (String[] a : articles) {
        LocalDate published = LocalDate.parse(a[2].substring(0, 10));
        long t0 = cpu();
        List<TextSpan> spans = splitter.split(a[1]);
        split += cpu() - t0;
        List<String> texts = new ArrayList<>();
        texts.add(a[0]);
        spans.forEach(s -> texts.add(s.of(a[1])));
        for (String text : texts) {
          long t1 = cpu();
          List<EntityMention> found = recognizer.find(text);
          long t2 = cpu();
          dates.resolve(text, published);
          long t3 = cpu();
          entities += t2 - t1;
          resolve += t3 - t2;
          sentences++;
          mentions += found.size();
          out.println(found.isEmpty() ? "-" : found.toString());
        }
      }
    }
    System.out.printf(
        "articles %d sentences %d mentions %d%n", articles.size(), sentences, mentions);
    System.out.printf(
        "split %.2fs  entities %.2fs  dates %.2fs (CPU, one thread)%n",
        split / 1e9, entities / 1e9, resolve / 1e9);
  }

  /** Tokenize / tag / chunk split of the recognizer's time, with the same models. */
  private static void parts(List<String[]> articles, OpenNlpSentenceSplitter splitter)
      throws Exception {
    TokenizerME tokenizer =
        new TokenizerME(
            new TokenizerModel(
                AnalyzeProfile.class.getResourceAsStream(
                    PosChunkEntityRecognizer.TOKENIZER_RESOURCE)));
    POSTaggerME tagger =
        new POSTaggerME(
            new POSModel(
                AnalyzeProfile.class.getResourceAsStream(PosChunkEntityRecognizer.POS_RESOURCE)));
    long tok = 0;
    long tag = 0;
    long chunk = 0;
    for (String[] a : articles) {
      for (TextSpan s : splitter.split(a[1])) {
        String text = s.of(a[1]);
        long t0 = cpu();
        Span[] spans = tokenizer.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        long t1 = cpu();
        String[] tags = tagger.tag(words);
        long t2 = cpu();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
          tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i]));
        }
        Chunker.chunk(tokens);
        long t3 = cpu();
        tok += t1 - t0;
        tag += t2 - t1;
        chunk += t3 - t2;
      }
    }
    System.out.printf(
        "  old path (TokenizerME + POSTaggerME, beam 3): tokenize %.2fs  tag %.2fs"
            + "  chunk %.2fs%n",
        tok / 1e9, tag / 1e9, chunk / 1e9);
  }

  /** How many sentences the name pre-filter skips and how many tokens get tagged. */
  private static void coverage(List<String[]> articles, OpenNlpSentenceSplitter splitter)
      throws Exception {
    WordTokenizer tokenizer =
        new WordTokenizer(
            new TokenizerModel(
                AnalyzeProfile.class.getResourceAsStream(
                    PosChunkEntityRecognizer.TOKENIZER_RESOURCE)));
    int sentences = 0;
    int skipped = 0;
    long tokens = 0;
    long tagged = 0;
    for (String[] a : articles) {
      for (TextSpan s : splitter.split(a[1])) {
        String text = s.of(a[1]);
        Span[] spans = tokenizer.tokenizePos(text);
        List<Token> untagged = new ArrayList<>();
        for (Span sp : spans) {
          untagged.add(
              new Token(
                  sp.getCoveredText(text).toString(),
                  sp.getStart(),
                  sp.getEnd(),
                  PrefixTagger.UNTAGGED));
        }
        int last = Chunker.lastPossibleName(untagged);
        sentences++;
        tokens += spans.length;
        if (last < 0) {
          skipped++;
        } else {
          tagged += Math.min(spans.length, last + 2 + PrefixTagger.LOOKAHEAD);
        }
      }
    }
    System.out.printf(
        "  sentences %d, skipped %d; tokens %d, tagged %d%n", sentences, skipped, tokens, tagged);
  }

  private static void embed(List<String[]> articles) {
    if (Boolean.getBoolean("skipEmbed")) {
      return;
    }
    List<String> leads = new ArrayList<>();
    articles.forEach(a -> leads.add(a[0] + ". " + a[1].substring(0, Math.min(400, a[1].length()))));
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      embedder.embedAll(leads.subList(0, 16));
      long t0 = System.nanoTime();
      for (int i = 0; i < leads.size(); i += 64) {
        embedder.embedAll(leads.subList(i, Math.min(leads.size(), i + 64)));
      }
      System.out.printf("embed leads %.2fs wall (one thread)%n", (System.nanoTime() - t0) / 1e9);
    }
  }

  private static long cpu() {
    return CPU.getCurrentThreadCpuTime();
  }

  private static List<String[]> read(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        out.add(
            new String[] {
              n.path("title").asText(),
              n.path("text").asText(),
              n.path("published").asText("2020-01-01")
            });
      }
    }
    return out;
  }
}
