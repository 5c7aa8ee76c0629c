package dev.storyline.discussion;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the story-page and topic-page interceptors. */
@Configuration(proxyBeanMethods = false)
class DiscussionWebConfig implements WebMvcConfigurer {
  private final StoryPageParts parts;
  private final TopicPageParts topicParts;

  DiscussionWebConfig(StoryPageParts parts, TopicPageParts topicParts) {
    this.parts = parts;
    this.topicParts = topicParts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(parts).addPathPatterns("/stories/**");
    registry.addInterceptor(topicParts).addPathPatterns("/topics/*");
  }
}
