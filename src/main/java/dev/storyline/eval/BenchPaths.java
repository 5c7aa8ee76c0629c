package dev.storyline.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages {@link ServeBench} loads, found on the running service: a story and its storyline from
 * the front page and the API, a search word from the story's headline, and the fixed public paths;
 * each checked to answer 200 before the load.
 */
final class BenchPaths {

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The public paths, found from the front page and the API of the running service. */
  Map<String, String> paths(URI base) throws IOException, InterruptedException {
    String front = text(base.resolve("/"));
    Matcher story = Pattern.compile("href=\"(/stories/[^\"#]+)\"").matcher(front);
    if (!story.find()) {
      throw new IllegalStateException("the front page lists no story: is anything imported?");
    }
    String storyPath = story.group(1);
    String id = storyPath.split("/")[2];
    String api = text(base.resolve("/api/stories/" + id));
    Matcher line = Pattern.compile("\"storyline\":\\{\"id\":\"([^\"]+)\"").matcher(api);
    Matcher headline = Pattern.compile("\"headline\":\"([^\"]+)\"").matcher(api);
    String word = "news";
    if (headline.find()) {
      for (String w : headline.group(1).split("[^\\p{L}]+")) {
        if (w.length() >= 5) {
          word = w.toLowerCase(Locale.ROOT);
          break;
        }
      }
    }
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("story", storyPath);
    if (line.find()) {
      paths.put("storyline", "/storylines/" + line.group(1));
    }
    paths.put("front", "/");
    paths.put("search", "/search?q=" + word);
    paths.put("api-list", "/api/stories");
    paths.put("api-story", "/api/stories/" + id);
    paths.put("feed", "/feed.atom");
    for (String p : paths.values()) {
      int status =
          http.send(
                  HttpRequest.newBuilder(base.resolve(p)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        throw new IllegalStateException(p + " answered " + status + " before the load");
      }
    }
    return paths;
  }

  private String text(URI url) throws IOException, InterruptedException {
    return new String(bytes(url), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The body of a page that must answer 200. */
  byte[] bytes(URI url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    return r.body();
  }
}
