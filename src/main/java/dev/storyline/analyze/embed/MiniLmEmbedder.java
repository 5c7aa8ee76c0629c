package dev.storyline.analyze.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The in-process all-MiniLM-L6-v2 sentence embedding model (quantised ONNX, shipped inside the
 * LangChain4j jar; 384 dimensions, unit length, mean pooling). No download at run time.
 *
 * <p>Why a custom session: ONNX Runtime uses every core per call while LangChain4j also runs one
 * call per core, so the two fight over 2 cores. Here the session runs single-threaded (intra-op =
 * 1) and calls run in parallel on our own pool of {@code threads} workers. Thread-safe.
 *
 * <p>A text seen recently (boilerplate such as "This discussion is now closed.", wire copy at
 * several outlets: 8 % of Timeline17 and basil sentences repeat) is not embedded again: the last
 * {@value #REMEMBERED} texts keep their vectors. The model is deterministic for a text, so this
 * changes no vector.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  /** How many recent texts keep their vectors. */
  static final int REMEMBERED = 20_000;

  private final Model model;
  private final ExecutorService pool;
  private final int remembered;
  private final Map<String, float[]> recent;

  private MiniLmEmbedder(OnnxBertBiEncoder encoder, int threads, int remembered) {
    this.remembered = remembered;
    this.recent =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > remembered;
          }
        };
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "embedder");
              t.setDaemon(true);
              return t;
            });
    this.model = new Model(encoder, pool);
  }

  /** Loads the model from the classpath with {@code threads} parallel single-threaded calls. */
  public static MiniLmEmbedder load(int threads) {
    return load(threads, REMEMBERED);
  }

  /**
   * Loads the model; the last {@code remembered} texts keep their vectors (0: none, and a text
   * repeated within one call is embedded each time, as before texts were remembered; for
   * measurements).
   */
  public static MiniLmEmbedder load(int threads, int remembered) {
    try (InputStream onnx = resource(MODEL);
        InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(onnx.readAllBytes(), options);
      return new MiniLmEmbedder(
          new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN),
          Math.max(1, threads),
          Math.max(0, remembered));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the embedding model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("embedding model resource missing from classpath: " + name);
    }
    return in;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    if (remembered == 0) {
      List<TextSegment> segments = new ArrayList<>(texts.size());
      texts.forEach(t -> segments.add(TextSegment.from(t.isBlank() ? "." : t)));
      List<float[]> out = new ArrayList<>(texts.size());
      model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
      return out;
    }
    Map<String, float[]> known = new HashMap<>();
    List<String> unseen = new ArrayList<>();
    synchronized (recent) {
      for (String t : texts) {
        String text = t.isBlank() ? "." : t;
        float[] v = recent.get(text);
        if (v != null) {
          known.put(text, v);
        } else if (!known.containsKey(text)) {
          known.put(text, null);
          unseen.add(text);
        }
      }
    }
    if (!unseen.isEmpty()) {
      List<TextSegment> segments = new ArrayList<>(unseen.size());
      unseen.forEach(t -> segments.add(TextSegment.from(t)));
      List<Embedding> embeddings = model.embedAll(segments).content();
      synchronized (recent) {
        for (int i = 0; i < unseen.size(); i++) {
          float[] v = embeddings.get(i).vector();
          known.put(unseen.get(i), v);
          recent.put(unseen.get(i), v);
        }
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    texts.forEach(t -> out.add(known.get(t.isBlank() ? "." : t).clone()));
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** LangChain4j's in-process model over our own single-threaded session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService executor) {
      super(executor);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
