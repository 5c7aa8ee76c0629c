package dev.storyline.web.page;

import dev.storyline.store.Topics;

/**
 * A topic as pages link it.
 *
 * @param slug the topic's slug
 * @param name its display name
 * @param url its page
 */
public record TopicLink(String slug, String name, String url) {

  static TopicLink of(String slug) {
    return new TopicLink(slug, Topics.name(slug), "/topics/" + slug);
  }
}
