package dev.storyline.web.error;

import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.WebPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become HTTP answers. Under {@code /api/} the answer is a
 * ProblemDetail (RFC 9457); elsewhere an HTML page. A missing story is always a 404 with links to
 * the front page and the latest stories, never a 500.
 *
 * <p>Handlers return either a {@link ResponseEntity} or a {@link ModelAndView}; Spring picks the
 * return value handler from the runtime type.
 */
@ControllerAdvice
public class WebExceptionAdvice {

  private static final Logger log = LoggerFactory.getLogger(WebExceptionAdvice.class);
  private static final int LATEST = 8;

  private final StoryQueries queries;

  public WebExceptionAdvice(StoryQueries queries) {
    this.queries = queries;
  }

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    return notFound(request, e.kind(), e.id(), e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(NoResourceFoundException e, HttpServletRequest request) {
    String path = path(request);
    return notFound(request, "page", path, "No page at '" + path + "'");
  }

  @ExceptionHandler({
    BadRequestException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  Object badRequest(Exception e, HttpServletRequest request) {
    String detail =
        e instanceof MethodArgumentTypeMismatchException m
            ? "Parameter '" + m.getName() + "' has an invalid value: '" + m.getValue() + "'"
            : e.getMessage();
    return problem(request, HttpStatus.BAD_REQUEST, detail);
  }

  @ExceptionHandler(Exception.class)
  Object other(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
      return problem(request, response.getStatusCode(), response.getBody().getDetail());
    }
    log.error("request failed path={}", path(request), e);
    return problem(
        request,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Please try again later.");
  }

  private Object notFound(HttpServletRequest request, String kind, String id, String detail) {
    if (isApi(request)) {
      return problemEntity(request, HttpStatus.NOT_FOUND, detail);
    }
    ModelAndView view = new ModelAndView("error/not-found", HttpStatus.NOT_FOUND);
    view.addObject("kind", kind);
    view.addObject("id", id);
    view.addObject("latest", latestLinks());
    return view;
  }

  private Object problem(HttpServletRequest request, HttpStatusCode status, String detail) {
    if (isApi(request)) {
      return problemEntity(request, status, detail);
    }
    ModelAndView view = new ModelAndView("error/problem", status);
    HttpStatus known = HttpStatus.resolve(status.value());
    view.addObject("status", status.value());
    view.addObject("title", known == null ? "Error" : known.getReasonPhrase());
    view.addObject("detail", detail);
    return view;
  }

  private static ResponseEntity<ProblemDetail> problemEntity(
      HttpServletRequest request, HttpStatusCode status, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).body(body);
  }

  /** Links to the latest stories for the 404 page; an empty list if the store cannot answer. */
  private List<Map<String, String>> latestLinks() {
    try {
      List<StoryCard> cards = queries.recentStories(LATEST);
      return cards.stream()
          .map(c -> Map.of("headline", c.headline(), "url", WebPaths.story(c)))
          .toList();
    } catch (RuntimeException e) {
      log.warn("could not list latest stories for 404 page", e);
      return List.of();
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
