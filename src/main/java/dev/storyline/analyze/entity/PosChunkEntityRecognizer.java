package dev.storyline.analyze.entity;

import dev.storyline.analyze.entity.Chunker.Chunk;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.model.BaseModel;

/**
 * Entity recognizer built from OpenNLP tokens and UD part-of-speech tags.
 *
 * <p>Names are maximal runs of capitalised proper nouns grouped by {@link Chunker}; their kind
 * comes from {@link KindRules}. Month and weekday names, lone titles and sentence-initial words
 * that are not proper nouns are dropped. The mention text keeps titles ("Ms. Adaeze Okafor") and,
 * for organisations and places, a preceding "the"; the key drops both, plus any possessive.
 *
 * <p>Speed: tokens come from {@link WordTokenizer} (the model's splits, cached per word). Only
 * capitalised tokens can be names, so a sentence none of whose tokens may be one ({@link
 * Chunker#lastPossibleName}) is not tagged at all, and the others are tagged greedily only as far
 * as the chunker looks ({@link PrefixTagger}).
 *
 * <p>Thread-safe: the models are shared; the OpenNLP objects that are not thread-safe live in
 * per-thread instances.
 */
public final class PosChunkEntityRecognizer implements EntityRecognizer {

  /** Classpath location of the tokenizer model in {@code opennlp-models-tokenizer-en-1.3.0}. */
  static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Classpath location of the POS model (UD tag set) in {@code opennlp-models-pos-en-1.3.0}. */
  static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final WordTokenizer tokenizer;
  private final PrefixTagger tagger;

  /** Creates a recognizer around already loaded models. */
  public PosChunkEntityRecognizer(TokenizerModel tokenizerModel, POSModel posModel) {
    Objects.requireNonNull(tokenizerModel, "tokenizerModel");
    Objects.requireNonNull(posModel, "posModel");
    this.tokenizer = new WordTokenizer(tokenizerModel);
    this.tagger = new PrefixTagger(posModel);
  }

  /** Loads the English tokenizer and POS models from the classpath; call once and share. */
  public static PosChunkEntityRecognizer fromClasspath() {
    return new PosChunkEntityRecognizer(
        load(TOKENIZER_RESOURCE, TokenizerModel::new), load(POS_RESOURCE, POSModel::new));
  }

  @Override
  public List<EntityMention> find(String sentence) {
    List<EntityMention> out = new ArrayList<>();
    if (sentence == null || sentence.isBlank()) {
      return out;
    }
    List<Token> tokens = tag(sentence);
    for (Chunk chunk : Chunker.chunk(tokens)) {
      out.add(mention(sentence, tokens, chunk));
    }
    return out;
  }

  /**
   * Tokens with the tags the chunker can use: none when no token may be part of a name, else the
   * greedy tags up to the token after the last one that may be.
   */
  private List<Token> tag(String sentence) {
    Span[] spans = tokenizer.tokenizePos(sentence);
    String[] words = Span.spansToStrings(spans, sentence);
    List<Token> tokens = tokens(words, spans, new String[words.length]);
    int last = Chunker.lastPossibleName(tokens);
    if (last < 0) {
      return List.of();
    }
    return tokens(words, spans, tagger.tag(words, last + 2));
  }

  private static List<Token> tokens(String[] words, Span[] spans, String[] tags) {
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      String tag = tags[i] == null ? PrefixTagger.UNTAGGED : tags[i];
      tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tag));
    }
    return tokens;
  }

  private static EntityMention mention(String sentence, List<Token> tokens, Chunk chunk) {
    EntityKind kind = KindRules.kind(tokens, chunk);
    int start = tokens.get(chunk.first()).start();
    boolean withArticle = kind == EntityKind.ORGANIZATION || kind == EntityKind.PLACE;
    if (withArticle && chunk.first() > 0 && tokens.get(chunk.first() - 1).norm().equals("the")) {
      start = tokens.get(chunk.first() - 1).start();
    }
    int end = tokens.get(chunk.last()).nameEnd();
    if (end <= start || ownsItsPossessive(tokens, chunk.last())) {
      end = tokens.get(chunk.last()).end();
    }
    if (ACRONYM.matcher(tokens.get(chunk.last()).text()).matches()
        && sentence.startsWith(".", end)) {
      end++; // "U.N." cut as "U.N" and "."
    }
    String key = key(sentence.substring(tokens.get(chunk.nameFirst()).start(), end));
    return new EntityMention(sentence.substring(start, end), key, kind, start, end);
  }

  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  /**
   * "Moody's said": an "'s" before a verb is part of the name, not a possessive; not before a
   * participle that qualifies a noun ("Beck's growing popularity", "Lind's proposed budget").
   */
  private static boolean ownsItsPossessive(List<Token> tokens, int last) {
    if (tokens.get(last).possessiveLength() != 2 || last + 1 >= tokens.size()) {
      return false;
    }
    Token verb = tokens.get(last + 1);
    String tag = verb.tag();
    if (tag.equals("AUX")) {
      return true;
    }
    boolean participle = verb.norm().endsWith("ing") || verb.norm().endsWith("ed");
    boolean beforeNoun =
        last + 2 < tokens.size()
            && (tokens.get(last + 2).tag().equals("NOUN")
                || tokens.get(last + 2).tag().equals("ADJ"));
    return tag.equals("VERB") && !(participle && (beforeNoun || verb.norm().endsWith("ing")));
  }

  /** Lower case, whitespace collapsed, without a leading "the" or a trailing possessive. */
  static String key(String name) {
    String key = SPACES.matcher(name.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (key.endsWith("'s") || key.endsWith("’s")) {
      key = key.substring(0, key.length() - 2);
    }
    return key.strip();
  }

  private interface ModelReader<M extends BaseModel> {
    M read(InputStream in) throws IOException;
  }

  private static <M extends BaseModel> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = PosChunkEntityRecognizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model not on classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }
}
