package dev.storyline.analyze;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.domain.TextSpan;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Dev tool (not a test): where the CPU time of analysing full-length articles goes, one thread:
 * sentence splitting, entities (tokenize + POS + chunk), dates, and sentence embeddings one call
 * per sentence (as LangChain4j runs them) against one padded call per batch of an article's
 * sentences of similar length, with how far the two sets of vectors differ.
 *
 * <p>{@code tools/dev dev.storyline.analyze.FullTextProfile STREAM.jsonl.gz COLLECTION_PREFIX
 * LIMIT}
 */
final class FullTextProfile {
  private FullTextProfile() {}

  public static void main(String[] args) throws Exception {
    List<String[]> articles = read(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();
    PosChunkEntityRecognizer recognizer = PosChunkEntityRecognizer.fromClasspath();
    NewsDateResolver dates = new NewsDateResolver();
    List<List<String>> sentences = new ArrayList<>();
    long[] t = new long[3];
    for (int round = 0; round < 2; round++) {
      Arrays.fill(t, 0);
      sentences.clear();
      for (String[] a : articles) {
        LocalDate published = LocalDate.parse(a[2].substring(0, 10));
        long t0 = cpu();
        List<TextSpan> spans = splitter.split(a[1]);
        List<String> texts = spans.stream().map(s -> s.of(a[1])).toList();
        long t1 = cpu();
        texts.forEach(recognizer::find);
        long t2 = cpu();
        texts.forEach(x -> dates.resolve(x, published));
        long t3 = cpu();
        t[0] += t1 - t0;
        t[1] += t2 - t1;
        t[2] += t3 - t2;
        sentences.add(texts);
      }
    }
    int n = sentences.stream().mapToInt(List::size).sum();
    System.out.printf(
        "%d articles, %d sentences; CPU s: split %.2f entities %.2f dates %.2f%n",
        articles.size(), n, t[0] / 1e9, t[1] / 1e9, t[2] / 1e9);
    try (MiniLmEmbedder single = MiniLmEmbedder.load(1)) {
      single.embedAll(sentences.get(0));
      long c0 = cpu();
      List<float[]> a = new ArrayList<>();
      sentences.forEach(s -> a.addAll(single.embedAll(s)));
      long c1 = cpu();
      System.out.printf("one call per sentence: %.2f CPU s%n", (c1 - c0) / 1e9);
      Batched direct = new Batched();
      direct.embedEach(sentences.get(0));
      long d0 = cpu();
      List<float[]> d = new ArrayList<>();
      for (List<String> s : sentences) {
        d.addAll(direct.embedEach(s));
      }
      long d1 = cpu();
      long tok = 0;
      for (List<String> s : sentences) {
        for (String x : s) {
          long k0 = cpu();
          direct.tokenizer.encode(x, true, false);
          tok += cpu() - k0;
        }
      }
      double maxDirect = 0;
      for (int i = 0; i < a.size(); i++) {
        for (int j = 0; j < a.get(i).length; j++) {
          maxDirect = Math.max(maxDirect, Math.abs(a.get(i)[j] - d.get(i)[j]));
        }
      }
      System.out.printf(
          "one session call per sentence, tokenized once: %.2f CPU s (tokenizing %.2f);"
              + " max |diff| %.8f%n",
          (d1 - d0) / 1e9, tok / 1e9, maxDirect);
      if (MiniLmEmbedder.class.getResource("/all-minilm-l6-v2.onnx") != null) {
        Batched fp32 = new Batched("/all-minilm-l6-v2.onnx");
        fp32.embedEach(sentences.get(0));
        long f0 = cpu();
        List<float[]> f = new ArrayList<>();
        for (List<String> s : sentences) {
          f.addAll(fp32.embedEach(s));
        }
        long f1 = cpu();
        double min = 1;
        double mean = 0;
        for (int i = 0; i < a.size(); i++) {
          double dot = 0;
          for (int j = 0; j < a.get(i).length; j++) {
            dot += a.get(i)[j] * f.get(i)[j];
          }
          min = Math.min(min, dot);
          mean += dot / a.size();
        }
        System.out.printf(
            "fp32 model, one call per sentence: %.2f CPU s; cosine to the int8 vectors: min %.4f"
                + " mean %.4f%n",
            (f1 - f0) / 1e9, min, mean);
      }
      if (args.length > 3) {
        return;
      }
      Batched batched = new Batched();
      batched.embed(sentences.get(0));
      long c2 = cpu();
      List<float[]> b = new ArrayList<>();
      for (List<String> s : sentences) {
        b.addAll(batched.embed(s));
      }
      long c3 = cpu();
      double minCos = 1;
      double maxDiff = 0;
      for (int i = 0; i < a.size(); i++) {
        double dot = 0;
        for (int j = 0; j < a.get(i).length; j++) {
          dot += a.get(i)[j] * b.get(i)[j];
          maxDiff = Math.max(maxDiff, Math.abs(a.get(i)[j] - b.get(i)[j]));
        }
        minCos = Math.min(minCos, dot);
      }
      System.out.printf(
          "embeddings CPU s: one call per sentence %.2f, padded batches %.2f (%.2fx);"
              + " min cosine %.6f, max |diff| %.6f%n",
          (c1 - c0) / 1e9, (c3 - c2) / 1e9, (double) (c1 - c0) / (c3 - c2), minCos, maxDiff);
    }
  }

  /** Process CPU time (the embedder runs on its own thread). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** One padded ONNX call per batch of sentences of similar length. */
  static final class Batched {
    final OrtEnvironment env = OrtEnvironment.getEnvironment();
    final OrtSession session;
    final HuggingFaceTokenizer tokenizer;

    Batched() throws Exception {
      this("/all-minilm-l6-v2-q.onnx");
    }

    Batched(String modelResource) throws Exception {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      try (InputStream m = MiniLmEmbedder.class.getResourceAsStream(modelResource);
          InputStream tk =
              MiniLmEmbedder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
        session = env.createSession(m.readAllBytes(), options);
        tokenizer = HuggingFaceTokenizer.newInstance(tk, Map.of("padding", "false"));
      }
    }

    List<float[]> embedEach(List<String> texts) throws Exception {
      List<float[]> out = new ArrayList<>();
      for (String t : texts) {
        Encoding e = tokenizer.encode(t, true, false);
        long[] shape = {1, e.getIds().length};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getIds()), shape);
            OnnxTensor b =
                OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape);
            OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape);
            OrtSession.Result res =
                session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
          java.nio.FloatBuffer hidden = ((OnnxTensor) res.get(0)).getFloatBuffer();
          int len = e.getIds().length;
          int dims = hidden.capacity() / len;
          float[] v = new float[dims];
          for (int k = 0; k < len; k++) {
            for (int j = 0; j < dims; j++) {
              v[j] += hidden.get(k * dims + j);
            }
          }
          float sum = 0;
          for (int j = 0; j < dims; j++) {
            v[j] /= len;
            sum += v[j] * v[j];
          }
          float norm = (float) Math.sqrt(sum);
          for (int j = 0; j < dims; j++) {
            v[j] = v[j] / norm;
          }
          out.add(v);
        }
      }
      return out;
    }

    List<float[]> embed(List<String> texts) throws Exception {
      Encoding[] enc = new Encoding[texts.size()];
      for (int i = 0; i < enc.length; i++) {
        enc[i] = tokenizer.encode(texts.get(i), true, false);
      }
      Integer[] order = new Integer[enc.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(i -> enc[i].getIds().length));
      float[][] out = new float[enc.length][];
      int from = 0;
      while (from < order.length) {
        int to = Math.min(order.length, from + 16);
        int len = enc[order[to - 1]].getIds().length;
        int rows = to - from;
        long[] ids = new long[rows * len];
        long[] mask = new long[rows * len];
        long[] types = new long[rows * len];
        for (int r = 0; r < rows; r++) {
          Encoding e = enc[order[from + r]];
          System.arraycopy(e.getIds(), 0, ids, r * len, e.getIds().length);
          Arrays.fill(mask, r * len, r * len + e.getIds().length, 1);
        }
        long[] shape = {rows, len};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
            OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
            OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
            OrtSession.Result res =
                session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
          float[][][] hidden = (float[][][]) res.get(0).getValue();
          for (int r = 0; r < rows; r++) {
            int real = enc[order[from + r]].getIds().length;
            float[] v = new float[hidden[r][0].length];
            for (int k = 0; k < real; k++) {
              for (int j = 0; j < v.length; j++) {
                v[j] += hidden[r][k][j];
              }
            }
            double norm = 0;
            for (float x : v) {
              norm += (x / real) * (x / real);
            }
            for (int j = 0; j < v.length; j++) {
              v[j] = (float) ((v[j] / real) / Math.sqrt(norm));
            }
            out[order[from + r]] = v;
          }
        }
        from = to;
      }
      return Arrays.asList(out);
    }
  }

  private static List<String[]> read(Path file, String prefix, int limit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null && out.size() < limit; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        if (n.path("meta").path("collection").asText().startsWith(prefix)) {
          out.add(
              new String[] {
                n.path("title").asText(), n.path("text").asText(), n.path("published").asText()
              });
        }
      }
    }
    return out;
  }
}
