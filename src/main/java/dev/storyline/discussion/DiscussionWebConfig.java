package dev.storyline.discussion;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the story-page interceptor. */
@Configuration(proxyBeanMethods = false)
class DiscussionWebConfig implements WebMvcConfigurer {
  private final StoryPageParts parts;

  DiscussionWebConfig(StoryPageParts parts) {
    this.parts = parts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(parts).addPathPatterns("/stories/**");
  }
}
