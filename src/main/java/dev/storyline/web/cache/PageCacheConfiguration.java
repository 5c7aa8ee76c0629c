package dev.storyline.web.cache;

import dev.storyline.store.PageVersions;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the page cache: the filter in front of everything but the request observation (so cached
 * answers are still counted), and the poller that follows other processes' changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
public class PageCacheConfiguration {

  @Bean
  PageCacheFilter pageCacheFilter(
      PageVersions versions,
      PageCacheProperties props,
      Clock clock,
      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
    Set<String> cookies = new java.util.HashSet<>(Set.of("JSESSIONID", "SESSION", "remember-me"));
    cookies.add(sessionCookie);
    return new PageCacheFilter(versions, props, clock, cookies);
  }

  @Bean
  FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(PageCacheFilter filter) {
    FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  PageVersionPoller pageVersionPoller(
      PageVersions versions, PageCacheProperties props, Clock clock) {
    return new PageVersionPoller(versions, props.pollInterval(), props.maxAge(), clock);
  }
}
