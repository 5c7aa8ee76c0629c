package dev.storyline.ingest.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to a fetch after redirects and decompression.
 *
 * @param uri the address that answered (after redirects)
 * @param status HTTP status (200, or 304 when unchanged since the conditional request)
 * @param headers response headers, names in lower case
 * @param body the decoded body bytes (empty for 304)
 */
public record FetchResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

  /** The first value of a header, or {@code null}. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** True for 304 Not Modified. */
  public boolean notModified() {
    return status == 304;
  }

  /** The charset named by the Content-Type header, or {@code null}. */
  public String headerCharset() {
    return Charsets.charsetParameter(header("content-type"));
  }

  /** The body decoded to text (see {@link Charsets#decode}). */
  public String text() {
    return Charsets.decode(body, headerCharset());
  }
}
