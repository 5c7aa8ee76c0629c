package dev.storyline.analyze.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
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
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;

/**
 * Dev tool (not a test): CPU time of the date resolver and of each rule's regular expression over
 * article streams, and a dump of every resolved date to compare two versions line by line.
 *
 * <p>{@code java -cp <test classpath> dev.storyline.analyze.time.DateProfile OUT.txt
 * STREAM.jsonl.gz...}
 */
final class DateProfile {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private DateProfile() {}

  public static void main(String[] args) throws Exception {
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();
    List<String> sentences = new ArrayList<>();
    List<LocalDate> published = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (int i = 1; i < args.length; i++) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(Path.of(args[i]))),
                  StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode n = json.readTree(line);
          String text = n.path("text").asText();
          LocalDate p = LocalDate.parse(n.path("published").asText("2020-01-01").substring(0, 10));
          sentences.add(n.path("title").asText());
          published.add(p);
          for (TextSpan s : splitter.split(text)) {
            sentences.add(s.of(text));
            published.add(p);
          }
        }
      }
    }
    NewsDateResolver resolver = new NewsDateResolver();
    for (int round = 0; round < 3; round++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      int found = 0;
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
        for (int i = 0; i < sentences.size(); i++) {
          var d = resolver.resolve(sentences.get(i), published.get(i));
          found += d.size();
          out.println(d.isEmpty() ? "-" : d.toString());
        }
      }
      System.out.printf(
          "resolver %.2fs CPU, %d sentences, %d dates%n",
          (CPU.getCurrentThreadCpuTime() - t0) / 1e9, sentences.size(), found);
    }
    for (Rule rule : rulesOf()) {
      long t0 = CPU.getCurrentThreadCpuTime();
      int hits = 0;
      for (String s : sentences) {
        Matcher m = rule.pattern().matcher(s);
        while (m.find()) {
          hits++;
        }
      }
      System.out.printf(
          "  %-16s %.3fs (%d matches, every sentence)%n",
          rule.name(), (CPU.getCurrentThreadCpuTime() - t0) / 1e9, hits);
    }
  }

  private static List<Rule> rulesOf() {
    List<Rule> rules = new ArrayList<>(AbsoluteRules.all());
    rules.addAll(RelativeRules.all());
    return rules;
  }
}
