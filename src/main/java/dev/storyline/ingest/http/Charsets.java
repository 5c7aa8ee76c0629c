package dev.storyline.ingest.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched bytes into text. Order of evidence: a byte-order mark; then the bytes themselves
 * when they are valid UTF-8 containing non-ASCII text (a header or declaration that says otherwise
 * is wrong: Latin text in a single-byte charset is practically never valid UTF-8); then the
 * Content-Type header; then the document's own declaration ({@code <?xml encoding>} or {@code <meta
 * charset>}); then UTF-8 if there is any valid multi-byte sequence, else Windows-1252. ISO-8859-1
 * and US-ASCII are read as Windows-1252, as browsers do, so "smart quotes" survive. Malformed
 * sequences become U+FFFD; NUL characters are dropped.
 */
public final class Charsets {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Pattern XML_DECL =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAM =
      Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  /** The charset parameter of a Content-Type value, or {@code null}. */
  public static String charsetParameter(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = PARAM.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** Decodes {@code bytes}; {@code headerCharset} may be {@code null}. */
  public static String decode(byte[] bytes, String headerCharset) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return clean(decodeWith(bom.charset, bytes, bom.length));
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return clean(decodeWith(utf16, bytes, 0));
    }
    Charset chosen = choose(bytes, headerCharset);
    return clean(decodeWith(chosen, bytes, 0));
  }

  /** The charset {@link #decode} uses for BOM-less single-byte-compatible input. */
  static Charset choose(byte[] bytes, String headerCharset) {
    Utf8 utf8 = Utf8.check(bytes);
    if (utf8 == Utf8.VALID_NON_ASCII) {
      return StandardCharsets.UTF_8;
    }
    Charset declared = supported(headerCharset);
    if (declared == null) {
      declared = supported(declaredInDocument(bytes));
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return declared;
    }
    if (utf8 == Utf8.INVALID_NO_MULTIBYTE && declared == null) {
      return CP1252;
    }
    return StandardCharsets.UTF_8;
  }

  static String declaredInDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = XML_DECL.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return CP1252;
    }
    if (n.startsWith("utf-16") || n.startsWith("utf-32") || n.equals("utf16")) {
      return null; // without a BOM this declaration cannot be right for ASCII-compatible bytes
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset utf16WithoutBom(byte[] b) {
    if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String decodeWith(Charset cs, byte[] bytes, int offset) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("replacing decoder failed", e);
    }
  }

  private static String clean(String s) {
    return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
  }

  private enum Utf8 {
    ASCII,
    VALID_NON_ASCII,
    INVALID_WITH_MULTIBYTE,
    INVALID_NO_MULTIBYTE;

    static Utf8 check(byte[] b) {
      boolean multibyte = false;
      boolean invalid = false;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xff;
        int n =
            c < 0x80
                ? 0
                : c >= 0xc2 && c <= 0xdf
                    ? 1
                    : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n > 0 && continuation(b, i + 1, n)) {
          multibyte = true;
          i += n + 1;
        } else {
          invalid |= n != 0;
          i++;
        }
      }
      if (invalid) {
        return multibyte ? INVALID_WITH_MULTIBYTE : INVALID_NO_MULTIBYTE;
      }
      return multibyte ? VALID_NON_ASCII : ASCII;
    }

    private static boolean continuation(byte[] b, int from, int n) {
      if (from + n > b.length) {
        return false;
      }
      for (int k = from; k < from + n; k++) {
        if ((b[k] & 0xc0) != 0x80) {
          return false;
        }
      }
      return true;
    }
  }

  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3
          && (b[0] & 0xff) == 0xef
          && (b[1] & 0xff) == 0xbb
          && (b[2] & 0xff) == 0xbf) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 4
          && (b[0] & 0xff) == 0xff
          && (b[1] & 0xff) == 0xfe
          && b[2] == 0
          && b[3] == 0) {
        return new Bom(Charset.forName("UTF-32LE"), 4);
      }
      if (b.length >= 4
          && b[0] == 0
          && b[1] == 0
          && (b[2] & 0xff) == 0xfe
          && (b[3] & 0xff) == 0xff) {
        return new Bom(Charset.forName("UTF-32BE"), 4);
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
