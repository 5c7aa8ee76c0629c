package dev.storyline.discussion;

import dev.storyline.account.ReaderPrincipal;
import dev.storyline.store.Topics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@code followingTopic} (whether the signed-in reader follows it) to a topic page's model.
 * Signed-in readers' pages are rendered for them alone, so this never reaches anyone else.
 */
@Component
class TopicPageParts implements HandlerInterceptor {
  private final FollowRepository follows;

  TopicPageParts(FollowRepository follows) {
    this.follows = follows;
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || !"topic".equals(page.getViewName())) {
      return;
    }
    ReaderPrincipal reader = StoryPageParts.reader();
    @SuppressWarnings("unchecked")
    Map<String, String> vars =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (reader == null || vars == null || vars.get("slug") == null) {
      return;
    }
    try {
      String slug = Topics.slug(vars.get("slug"));
      page.addObject(
          "followingTopic", follows.follows(reader.accountId(), FollowRepository.Kind.TOPIC, slug));
    } catch (IllegalArgumentException e) {
      // not a topic: the page is a 404 anyway
    }
  }
}
