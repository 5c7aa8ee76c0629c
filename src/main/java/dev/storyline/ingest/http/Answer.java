package dev.storyline.ingest.http;

import java.util.List;
import java.util.Map;

/**
 * A raw answer to one request: status, headers (lower-case names) and the decoded body (empty for
 * redirects, 204 and 304).
 */
record Answer(int status, String reason, Map<String, List<String>> headers, byte[] body) {
  boolean isRedirect() {
    return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        && location() != null;
  }

  String location() {
    List<String> v = headers.get("location");
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Whether the answer carries no body by definition (redirect, 204, 304). */
  static boolean bodiless(int status) {
    return status / 100 == 3 || status == 204;
  }
}
