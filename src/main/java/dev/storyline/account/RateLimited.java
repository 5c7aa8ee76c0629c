package dev.storyline.account;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * An attempt refused by an abuse limit: a plain message for the reader and how long to wait.
 *
 * @param message what happened and what to do, in plain words
 * @param retryAfter how long until another attempt may succeed
 */
public record RateLimited(String message, Duration retryAfter) {

  /** The request attribute under which a filter hands a refusal to {@link LimitsController}. */
  static final String ATTRIBUTE = RateLimited.class.getName();

  /** Seconds to wait, rounded up, at least one. */
  public long seconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** "12 seconds", "3 minutes", "1 hour": the wait in words. */
  public static String words(Duration d) {
    long s = Math.max(1, (d.toMillis() + 999) / 1000);
    if (s < 120) {
      return s + (s == 1 ? " second" : " seconds");
    }
    long m = (s + 59) / 60;
    if (m < 120) {
      return m + " minutes";
    }
    long h = (m + 59) / 60;
    return h + (h == 1 ? " hour" : " hours");
  }

  /** The answer: HTTP 429 with {@code Retry-After} and the message on the site's problem page. */
  ModelAndView page(HttpServletResponse response) {
    response.setHeader("Retry-After", String.valueOf(seconds()));
    ModelAndView view = new ModelAndView("error/problem", HttpStatus.TOO_MANY_REQUESTS);
    view.addObject("status", HttpStatus.TOO_MANY_REQUESTS.value());
    view.addObject("title", "Please wait a little");
    view.addObject("detail", message);
    return view;
  }
}
