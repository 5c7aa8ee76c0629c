package dev.storyline.discussion;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small HTTP client with its own cookie jar, for tests over real HTTP on loopback. It keeps
 * cookies itself (also Secure ones, as browsers do for localhost) and never follows redirects, so
 * tests see every answer.
 */
public final class Browser {
  /** One answer. */
  public record Answer(int status, String body, HttpResponse<String> raw) {
    public Document html() {
      return Jsoup.parse(body);
    }

    public String location() {
      return raw.headers().firstValue("Location").orElse("");
    }

    public List<String> setCookies() {
      return raw.headers().allValues("Set-Cookie");
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  public final Map<String, String> cookies = new LinkedHashMap<>();

  /** Headers sent with every request (such as X-Forwarded-For). */
  public final Map<String, String> headers = new LinkedHashMap<>();

  public Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
  }

  /** Posts a form as is (add "_csrf" yourself, or use {@link #submit}). */
  public Answer post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Loads {@code page}, takes the CSRF token from its forms, and posts {@code form} with it. */
  public Answer submit(String page, String action, Map<String, String> form)
      throws IOException, InterruptedException {
    String token = get(page).html().select("input[name=_csrf]").attr("value");
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", token);
    return post(action, withToken);
  }

  public String session() {
    return cookies.get("JSESSIONID");
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    headers.forEach(request::header);
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String c : r.headers().allValues("Set-Cookie")) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return new Answer(r.statusCode(), r.body(), r);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
