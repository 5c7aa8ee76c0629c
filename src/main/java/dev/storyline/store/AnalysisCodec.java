package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityMention;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Encodes analysis for storage: JSON for structure, little-endian float32 bytes for vectors. */
final class AnalysisCodec {
  /** A stored sentence without its vector. */
  record SentenceRow(
      int index,
      int start,
      int end,
      String text,
      List<EntityMention> entities,
      List<DateMention> dates) {}

  private final ObjectMapper json;

  AnalysisCodec(ObjectMapper json) {
    this.json = json;
  }

  String sentences(List<AnalyzedSentence> sentences) {
    List<SentenceRow> rows = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      rows.add(new SentenceRow(s.index(), s.start(), s.end(), s.text(), s.entities(), s.dates()));
    }
    return write(rows);
  }

  List<AnalyzedSentence> sentences(String stored, byte[] vectors, int dimension) {
    List<SentenceRow> rows = read(stored, new TypeReference<List<SentenceRow>>() {});
    List<float[]> vs = vectors == null ? List.of() : vectors(vectors, dimension);
    List<AnalyzedSentence> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      SentenceRow r = rows.get(i);
      float[] v = i < vs.size() ? vs.get(i) : new float[0];
      out.add(
          new AnalyzedSentence(
              r.index(), r.start(), r.end(), r.text(), r.entities(), r.dates(), v));
    }
    return out;
  }

  String entities(List<EntityMention> entities) {
    return write(entities);
  }

  List<EntityMention> entities(String stored) {
    return read(stored, new TypeReference<List<EntityMention>>() {});
  }

  static byte[] vector(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] vector(byte[] bytes) {
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  static byte[] vectors(List<AnalyzedSentence> sentences) {
    int total = sentences.stream().mapToInt(s -> s.embedding().length).sum();
    ByteBuffer b = ByteBuffer.allocate(total * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (AnalyzedSentence s : sentences) {
      for (float f : s.embedding()) {
        b.putFloat(f);
      }
    }
    return b.array();
  }

  static List<float[]> vectors(byte[] bytes, int dimension) {
    float[] all = vector(bytes);
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i + dimension <= all.length; i += dimension) {
      float[] v = new float[dimension];
      System.arraycopy(all, i, v, 0, dimension);
      out.add(v);
    }
    return out;
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  <T> T read(String stored, TypeReference<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  <T> T read(String stored, Class<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
