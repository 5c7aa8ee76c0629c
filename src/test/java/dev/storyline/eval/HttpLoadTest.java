package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Java load generator reads keep-alive answers one after the other, as the server ends them.
 */
class HttpLoadTest {
  private static InputStream answers(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void readsAnswersInTurnAndNoticesWhenTheServerClosesTheConnection() throws Exception {
    InputStream in =
        answers(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
                + "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    byte[] scratch = new byte[1024];
    boolean[] closes = {false};
    assertThat(HttpLoad.readAnswer(in, scratch, closes)).isEqualTo(200);
    assertThat(closes[0]).isFalse();
    assertThat(HttpLoad.readAnswer(in, scratch, closes)).isEqualTo(404);
    assertThat(closes[0]).isFalse();
    assertThat(HttpLoad.readAnswer(in, scratch, closes)).isEqualTo(200);
    assertThat(closes[0]).as("Connection: close").isTrue();
  }
}
