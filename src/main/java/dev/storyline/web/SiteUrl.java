package dev.storyline.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's public address ({@code storyline.readers.base-url}, the same setting e-mailed links
 * use), for the absolute links of feeds. Never taken from the request's {@code Host} header, which
 * any client can set: a feed fetched with a forged Host would otherwise point its readers (and any
 * cache in between) at another site.
 */
@Component
public class SiteUrl {
  private final String base;

  public SiteUrl(@Value("${storyline.readers.base-url:http://localhost:8080}") String base) {
    this.base = base.strip().replaceAll("/+$", "");
  }

  /** The address without a trailing slash, e.g. {@code https://news.example}. */
  public String base() {
    return base;
  }
}
