package dev.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprint of an article's normalised text: Unicode NFKC, lower case, punctuation dropped,
 * whitespace collapsed; SHA-256 in hex. Two copies that differ only in spacing, case, quotes or
 * punctuation get the same fingerprint.
 */
public final class TextFingerprint {
  private TextFingerprint() {}

  public static String of(String title, String text) {
    return sha256(normalise(title + "\n" + text));
  }

  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = n.replaceAll("[\\p{P}\\p{S}]+", " ");
    return n.replaceAll("\\s+", " ").trim();
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
