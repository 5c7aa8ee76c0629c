package dev.storyline.web;

import dev.storyline.store.StoryCard;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** The site's URL scheme in one place, so pages, API, feed and error pages agree on links. */
public final class WebPaths {

  private WebPaths() {}

  /** Canonical path of a story page: {@code /stories/{id}/{slug}}, or without slug when blank. */
  public static String story(String id, String slug) {
    String base = "/stories/" + segment(id);
    return slug == null || slug.isBlank() ? base : base + "/" + segment(slug);
  }

  /** Canonical path of a story's page. */
  public static String story(StoryCard card) {
    return story(card.id(), card.slug());
  }

  /** Path of a storyline page. */
  public static String storyline(String id) {
    return "/storylines/" + segment(id);
  }

  /** Path of a topic page. */
  public static String topic(String slug) {
    return "/topics/" + segment(slug);
  }

  /** Path of a story in the JSON API. */
  public static String apiStory(String id) {
    return "/api/stories/" + segment(id);
  }

  /** Path of a storyline in the JSON API. */
  public static String apiStoryline(String id) {
    return "/api/storylines/" + segment(id);
  }

  /**
   * The URL when it is a plain http(s) address, else {@code null}: source URLs come from outside
   * and must never become {@code javascript:} links.
   */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
  }

  private static String segment(String value) {
    return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
  }
}
