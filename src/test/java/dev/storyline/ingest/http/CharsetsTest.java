package dev.storyline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void utf16WithBomIsDecodedWhateverTheHeaderSays() {
    byte[] body =
        concat(
            new byte[] {(byte) 0xff, (byte) 0xfe},
            "<p>Zoë</p>".getBytes(StandardCharsets.UTF_16LE));
    assertThat(Charsets.decode(body, "iso-8859-1")).isEqualTo("<p>Zoë</p>");
  }

  @Test
  void windows1252SmartQuotesWithoutDeclaration() {
    byte[] body = "\u201cQuoted\u201d \u2014 caf\u00e9".getBytes(CP1252);
    assertThat(Charsets.decode(body, null)).isEqualTo("\u201cQuoted\u201d \u2014 caf\u00e9");
  }

  @Test
  void latin1DeclarationIsReadAsWindows1252() {
    byte[] body = "it\u2019s".getBytes(CP1252);
    assertThat(Charsets.decode(body, "ISO-8859-1")).isEqualTo("it\u2019s");
  }

  @Test
  void headerThatWronglySaysLatin1LosesToValidUtf8() {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><t>Zürich – 5 €</t>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.decode(body, "iso-8859-1")).contains("Zürich – 5 €");
  }

  @Test
  void documentDeclarationIsUsedWhenTheHeaderIsSilent() {
    byte[] head =
        "<?xml version=\"1.0\" encoding=\"koi8-r\"?><t>".getBytes(StandardCharsets.US_ASCII);
    byte[] body = concat(head, "Мир</t>".getBytes(Charset.forName("koi8-r")));
    assertThat(Charsets.decode(body, null)).endsWith("Мир</t>");
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersNotAnError() {
    byte[] body =
        concat(
            "<meta charset=utf-8>ok ".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xc3, (byte) 0x28, ' ', (byte) 0xe2, (byte) 0x82, (byte) 0xac});
    String text = Charsets.decode(body, null);
    assertThat(text).contains("ok \uFFFD(").endsWith("€");
  }

  @Test
  void nulCharactersAreDropped() {
    assertThat(Charsets.decode("a\u0000b".getBytes(StandardCharsets.UTF_8), "utf-8"))
        .isEqualTo("ab");
  }

  @Test
  void charsetParameterIsReadFromContentType() {
    assertThat(Charsets.charsetParameter("text/html; Charset=\"Windows-1252\""))
        .isEqualTo("Windows-1252");
    assertThat(Charsets.charsetParameter("application/xml")).isNull();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
