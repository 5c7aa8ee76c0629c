package dev.storyline.discussion;

import dev.storyline.account.ReaderPrincipal;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the Discussion section ({@code discussion}) and, for a returning signed-in reader, what
 * changed since their last visit ({@code changes}) to the model of every story page.
 */
@Component
class StoryPageParts implements HandlerInterceptor {
  private final StoryQueries stories;
  private final CommentRepository comments;
  private final Discussion discussion;
  private final FollowRepository follows;
  private final VisitRepository visits;
  private final CommentRenderer renderer = new CommentRenderer();

  StoryPageParts(
      StoryQueries stories,
      CommentRepository comments,
      Discussion discussion,
      FollowRepository follows,
      VisitRepository visits) {
    this.stories = stories;
    this.comments = comments;
    this.discussion = discussion;
    this.follows = follows;
    this.visits = visits;
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || !"story".equals(page.getViewName())) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> vars =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Optional<StoryDetail> detail =
        page.getModel().get(StoryDetail.MODEL_KEY) instanceof StoryDetail read
            ? Optional.of(read)
            : vars == null ? Optional.empty() : stories.story(vars.get("id"));
    if (detail.isEmpty()) {
      return;
    }
    ReaderPrincipal reader = reader();
    page.addObject("discussion", view(detail.get(), reader));
    if (reader != null) {
      page.addObject("changes", visits.visit(reader.accountId(), detail.get().brief()));
    }
  }

  DiscussionView view(StoryDetail detail, ReaderPrincipal reader) {
    String storyId = detail.card().id();
    String storylineId = detail.card().storylineId();
    long id = reader == null ? -1 : reader.accountId();
    boolean moderator = reader != null && discussion.moderator(id);
    Threads threads =
        new Threads(renderer, moderator, c -> reader != null && discussion.editable(id, c));
    var list = threads.build(comments.ofStory(storyId));
    int count = list.stream().mapToInt(t -> 1 + t.replies().size()).sum();
    return new DiscussionView(
        storyId,
        storylineId,
        list,
        reader != null,
        reader == null ? "Sign in to comment." : discussion.whyNot(id, storyId),
        reader != null && follows.follows(id, FollowRepository.Kind.STORY, storyId),
        reader != null
            && storylineId != null
            && follows.follows(id, FollowRepository.Kind.STORYLINE, storylineId),
        moderator,
        count);
  }

  static ReaderPrincipal reader() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof ReaderPrincipal p ? p : null;
  }
}
