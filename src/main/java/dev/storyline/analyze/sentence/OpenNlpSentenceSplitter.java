package dev.storyline.analyze.sentence;

import dev.storyline.domain.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitter backed by the OpenNLP English (UD EWT) sentence model.
 *
 * <p>The text is first cut at blank lines, so a sentence never spans two paragraphs. Each paragraph
 * goes through {@link SentenceDetectorME#sentPosDetect}; the model's cuts are then repaired by
 * {@link BoundaryRepair}: cuts after titles ("Ms."), month abbreviations before a number ("Jan. 5")
 * and other abbreviations before lower-case text are removed, and obvious boundaries the model
 * missed ("on Sept. 3. Sen. Bob Lee") are added.
 *
 * <p>Thread-safe: the model is shared and immutable; a {@code SentenceDetectorME} (not thread-safe)
 * is created per call because it costs well under a microsecond, far less than detecting one
 * paragraph.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  /** Classpath location of the model inside {@code opennlp-models-sentdetect-en-1.3.0.jar}. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\h*\\R");

  private final SentenceModel model;

  /** Creates a splitter around an already loaded model. */
  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** Loads the English sentence model from the classpath; call once and share the result. */
  public static OpenNlpSentenceSplitter fromClasspath() {
    return new OpenNlpSentenceSplitter(loadModel());
  }

  static SentenceModel loadModel() {
    try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("sentence model not on classpath: " + MODEL_RESOURCE);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    SentenceDetectorME detector = new SentenceDetectorME(model);
    int paragraphStart = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (m.find()) {
      splitParagraph(text, paragraphStart, m.start(), detector, out);
      paragraphStart = m.end();
    }
    splitParagraph(text, paragraphStart, text.length(), detector, out);
    return out;
  }

  private static void splitParagraph(
      String text, int start, int end, SentenceDetectorME detector, List<TextSpan> out) {
    if (start >= end || text.substring(start, end).isBlank()) {
      return;
    }
    String paragraph = text.substring(start, end);
    Span[] spans = detector.sentPosDetect(paragraph);
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < spans.length - 1; i++) {
      cuts.add(spans[i].getEnd());
    }
    List<Integer> repaired = BoundaryRepair.repair(paragraph, cuts);
    int from = 0;
    for (int cut : repaired) {
      addTrimmed(paragraph, from, cut, start, out);
      from = cut;
    }
    addTrimmed(paragraph, from, paragraph.length(), start, out);
  }

  /** Adds {@code paragraph[from, to)} trimmed of whitespace, shifted by {@code offset}. */
  private static void addTrimmed(
      String paragraph, int from, int to, int offset, List<TextSpan> out) {
    while (from < to && isSpace(paragraph.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(paragraph.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      out.add(new TextSpan(offset + from, offset + to));
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
