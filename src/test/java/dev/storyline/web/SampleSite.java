package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The whole application on a random loopback port, on a fresh in-memory H2 database, with the
 * sample corpus imported on start (the default). {@link WebIT} and the browser test extend this
 * class without adding configuration, so Spring's test context cache starts and imports only once
 * for both; {@link PostgresWebIT} swaps the database with a {@code @DynamicPropertySource}. Helpers
 * talk real HTTP through {@link HttpClient}.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestDatabases.H2_URL + "sample-site" + TestDatabases.H2_OPTIONS)
public abstract class SampleSite {
  private static final Map<ApplicationContext, Duration> STARTUP = new ConcurrentHashMap<>();

  /** Reused by all tests; follows the story page's 301 to its canonical URL. */
  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  protected static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort protected int port;
  @Autowired protected ApplicationContext context;

  /**
   * Reports, once per context, how long it took from the start of its refresh to the first test:
   * bean creation with the models, the web server and the sample import (an application runner).
   */
  @BeforeEach
  void reportStartup() {
    STARTUP.computeIfAbsent(
        context,
        c -> {
          Duration took = Duration.ofMillis(System.currentTimeMillis() - c.getStartupDate());
          System.out.printf(
              "[storyline-it] context start + sample import: %.1f s (%s)%n",
              took.toMillis() / 1000.0, getClass().getSimpleName());
          return took;
        });
  }

  /** The site's base address, e.g. {@code http://127.0.0.1:41234}. */
  protected String base() {
    return "http://127.0.0.1:" + port;
  }

  protected HttpResponse<String> get(String pathOrUrl) {
    URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a page that must answer 200 and parses it, resolving links against its final URL. */
  protected Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /** GETs a JSON document that must answer 200. */
  protected JsonNode json(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return parse(response.body());
  }

  protected static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
