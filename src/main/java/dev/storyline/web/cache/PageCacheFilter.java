package dev.storyline.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.storyline.store.PageVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Render once, serve many. An anonymous GET of a page whose controller declared what it shows
 * ({@link PageScopes#depend}) is kept in memory and served again, without touching the database or
 * the template engine, until one of those scopes changes ({@link PageVersions}) or the page reaches
 * its {@link PageCacheProperties#maxAge()}. When many readers ask for a page that must be rendered,
 * one renders it; the others get the version it replaces meanwhile (stale by at most one render),
 * or wait for that render when there is none.
 *
 * <p>Every declared page carries validators ({@code ETag}, {@code Last-Modified}) and a conditional
 * request that matches gets {@code 304 Not Modified}. Anonymous answers are {@code public} with a
 * short {@code s-maxage} for a proxy or CDN and {@code Vary: Cookie}; a request that carries a
 * session (a signed-in reader) is always rendered afresh and answered {@code private, no-cache},
 * and an answer that sets a cookie or shows a reader's own state ({@link PageScopes#personal}) is
 * never kept. Everything else keeps the old default, {@code no-store}.
 */
public final class PageCacheFilter extends OncePerRequestFilter {
  static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";
  private static final String PRIVATE = "private, no-cache";
  private static final long WAIT_FOR_RENDER_SECONDS = 20;

  private final PageVersions versions;
  private final PageCacheProperties props;
  private final Clock clock;
  private final Set<String> sessionCookies;
  private final Cache<String, CachedPage> pages;
  private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering =
      new ConcurrentHashMap<>();
  private final String publicControl;

  /**
   * @param sessionCookies names of cookies that mean the request may belong to a signed-in reader
   */
  public PageCacheFilter(
      PageVersions versions, PageCacheProperties props, Clock clock, Set<String> sessionCookies) {
    this.versions = versions;
    this.props = props;
    this.clock = clock;
    this.sessionCookies = Set.copyOf(sessionCookies);
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(props.maxSize().toBytes())
            .weigher((String k, CachedPage p) -> p.weight())
            .expireAfterWrite(props.maxAge())
            .build();
    this.publicControl =
        "public, max-age=0, s-maxage=" + props.sharedMaxAge().toSeconds() + ", must-revalidate";
  }

  /** Pages kept now (for tests and metrics). */
  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    res.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    boolean get = "GET".equals(req.getMethod());
    if (!get && !"HEAD".equals(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    boolean shared = props.enabled() && anonymous(req);
    String key = shared ? CacheHeaders.key(req) : null;
    if (shared) {
      CachedPage kept = pages.getIfPresent(key);
      if (kept != null && versions.unchangedSince(kept.scopes(), kept.epoch())) {
        serve(kept, req, res, true);
        return;
      }
      if (get) {
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
          // Another request is rendering this page: serve the version it replaces (stale by at
          // most one render), or wait for the render when there is none.
          CachedPage rendered = kept != null ? kept : await(theirs);
          if (rendered != null) {
            serve(rendered, req, res, true);
            return;
          }
        } else {
          try {
            mine.complete(render(req, res, chain, key));
          } catch (RuntimeException | IOException | ServletException | Error e) {
            mine.complete(null);
            throw e;
          } finally {
            rendering.remove(key, mine);
          }
          return;
        }
      }
    }
    render(req, res, chain, key);
  }

  private static CachedPage await(CompletableFuture<CachedPage> render) {
    try {
      return render.get(WAIT_FOR_RENDER_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  /**
   * Renders through the chain and answers. Returns the page when it was kept for others (only when
   * {@code key} is not null), else {@code null}.
   */
  private CachedPage render(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain, String key)
      throws ServletException, IOException {
    long epoch = versions.epoch();
    long startedAt = clock.millis();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(res);
    chain.doFilter(req, wrapper);
    @SuppressWarnings("unchecked")
    List<String> scopes = (List<String>) req.getAttribute(PageScopes.SCOPES);
    if (scopes == null
        || wrapper.getStatus() != HttpServletResponse.SC_OK
        || res.isCommitted()
        || !"GET".equals(req.getMethod())) {
      wrapper.copyBodyToResponse();
      return null;
    }
    byte[] body = wrapper.getContentAsByteArray();
    boolean keep =
        key != null
            && req.getAttribute(PageScopes.PERSONAL) == null
            && res.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    CachedPage page;
    synchronized (scopes) {
      page =
          CachedPage.of(
              body,
              res.getContentType(),
              CacheHeaders.replayable(res),
              startedAt,
              List.copyOf(scopes),
              epoch);
    }
    wrapper.resetBuffer();
    if (keep) {
      pages.put(key, page);
    }
    serve(page, req, res, keep);
    return keep ? page : null;
  }

  /**
   * Answers with a page: headers (replayed when it comes from the cache), validators, the cache
   * policy, then 304 when the reader's copy is current, else the bytes (gzip when accepted).
   */
  private void serve(CachedPage page, HttpServletRequest req, HttpServletResponse res, boolean pub)
      throws IOException {
    if (pub) {
      for (Map.Entry<String, String> h : page.headers()) {
        res.setHeader(h.getKey(), h.getValue());
      }
    }
    boolean gz = page.gzip() != null && CacheHeaders.acceptsGzip(req);
    String etag = gz ? page.gzipEtag() : page.etag();
    res.setHeader(HttpHeaders.CACHE_CONTROL, pub ? publicControl : PRIVATE);
    res.setHeader(HttpHeaders.VARY, page.gzip() != null ? "Cookie, Accept-Encoding" : "Cookie");
    res.setHeader(HttpHeaders.ETAG, etag);
    res.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
    if (CacheHeaders.notModified(req, page, etag)) {
      res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    res.setStatus(HttpServletResponse.SC_OK);
    if (page.contentType() != null) {
      res.setContentType(page.contentType());
    }
    byte[] bytes = gz ? page.gzip() : page.body();
    if (gz) {
      res.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    res.setContentLength(bytes.length);
    if (!"HEAD".equals(req.getMethod())) {
      res.getOutputStream().write(bytes);
    }
  }

  /** No session, no remember-me cookie, no credentials: the answer is the same for everyone. */
  private boolean anonymous(HttpServletRequest req) {
    if (req.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (sessionCookies.contains(c.getName())) {
          return false;
        }
      }
    }
    return true;
  }
}
