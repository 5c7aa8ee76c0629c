package dev.storyline.analyze.entity;

import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Prints rough throughput of the splitter and recognizer on generated sentences (not a test). Run
 * with {@code java -cp <test classpath> dev.storyline.analyze.entity.EntityThroughput}.
 */
final class EntityThroughput {

  private static final String[] PEOPLE = {
    "Ms. Adaeze Okafor", "Dr. Ana Ruiz", "Chief Executive Tomas Verlaine", "Jean-Paul Marchetti"
  };
  private static final String[] ORGS = {
    "the Bank of Lysaria", "the Meridian Port Authority", "Acme Labs", "the Arden Valley Board"
  };
  private static final String[] PLACES = {"Arden", "Port Vell", "Norland", "the Gulf of Aden"};

  private EntityThroughput() {}

  public static void main(String[] args) throws Exception {
    List<String> sentences = sentences(400);
    PosChunkEntityRecognizer recognizer = PosChunkEntityRecognizer.fromClasspath();
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();
    String body = String.join(" ", sentences);
    TokenizerModel tm = read(PosChunkEntityRecognizer.TOKENIZER_RESOURCE, TokenizerModel::new);
    POSModel pm = read(PosChunkEntityRecognizer.POS_RESOURCE, POSModel::new);
    for (int round = 0; round < 10; round++) {
      long t0 = System.nanoTime();
      int mentions = 0;
      for (String s : sentences) {
        mentions += recognizer.find(s).size();
      }
      long t1 = System.nanoTime();
      int split = splitter.split(body).size();
      long t2 = System.nanoTime();
      int perCall = perCallTagging(sentences, tm, pm);
      long t3 = System.nanoTime();
      System.out.printf(
          "round %d: recognizer %.0f sent/s (%d mentions); splitter %.0f sent/s (%d);"
              + " new tagger per call %.0f sent/s (%d tokens)%n",
          round,
          rate(sentences.size(), t0, t1),
          mentions,
          rate(split, t1, t2),
          split,
          rate(sentences.size(), t2, t3),
          perCall);
    }
  }

  private static int perCallTagging(List<String> sentences, TokenizerModel tm, POSModel pm) {
    int tokens = 0;
    for (String s : sentences) {
      String[] words = Span.spansToStrings(new TokenizerME(tm).tokenizePos(s), s);
      tokens += new POSTaggerME(pm).tag(words).length;
    }
    return tokens;
  }

  private interface Reader<M> {
    M read(InputStream in) throws Exception;
  }

  private static <M> M read(String resource, Reader<M> reader) throws Exception {
    try (InputStream in = EntityThroughput.class.getResourceAsStream(resource)) {
      return reader.read(in);
    }
  }

  private static double rate(int count, long from, long to) {
    return count / ((to - from) / 1e9);
  }

  private static List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String p = PEOPLE[i % PEOPLE.length];
      String o = ORGS[(i / 4) % ORGS.length];
      String l = PLACES[(i / 16) % PLACES.length];
      out.add(
          switch (i % 3) {
            case 0 ->
                p
                    + " said on Jan. "
                    + (i % 28 + 1)
                    + " that "
                    + o
                    + " would cut jobs in "
                    + l
                    + ".";
            case 1 ->
                "\"We will review the contract,\" "
                    + p
                    + " told reporters in "
                    + l
                    + " after talks with "
                    + o
                    + " ended late on Friday.";
            default ->
                "Officials from "
                    + o
                    + " met U.S. envoys near "
                    + l
                    + " to discuss shipping fees, which rose 4.5% last year.";
          });
    }
    return out;
  }
}
