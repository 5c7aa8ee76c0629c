package dev.storyline.web.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered depends on. A controller that calls {@link #depend} makes its answer
 * cacheable: {@link PageCacheFilter} keeps the rendered bytes for anonymous readers and serves them
 * again until one of the scopes changes ({@code dev.storyline.store.PageVersions}); signed-in
 * readers get a fresh, {@code private} render with a validator. Pages that call neither method are
 * left alone (never cached). Call from the request's thread.
 */
public final class PageScopes {
  static final String SCOPES = PageScopes.class.getName() + ".scopes";
  static final String PERSONAL = PageScopes.class.getName() + ".personal";

  private PageScopes() {}

  /** Declares that the current answer shows data of these scopes (null scopes are ignored). */
  public static void depend(String... scopes) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> kept =
        (List<String>) request.getAttribute(SCOPES, RequestAttributes.SCOPE_REQUEST);
    if (kept == null) {
      kept = Collections.synchronizedList(new ArrayList<>());
      request.setAttribute(SCOPES, kept, RequestAttributes.SCOPE_REQUEST);
    }
    for (String scope : scopes) {
      if (scope != null && !scope.endsWith(":null")) {
        kept.add(scope);
      }
    }
  }

  /**
   * Declares that the current answer shows a signed-in reader's own state (their name, follow
   * buttons, edit links, a CSRF token): it is never kept for anyone else.
   */
  public static void personal() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(PERSONAL, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
