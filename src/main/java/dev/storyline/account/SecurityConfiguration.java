package dev.storyline.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The site's security rules. Pages, feeds and the JSON API's GETs are open to everyone; posting,
 * following and the account page need a signed-in reader; moderation needs a moderator. Every form
 * carries a CSRF token, the session id changes at sign-in, and every answer carries a
 * Content-Security-Policy that allows no inline script and no framing. Every signed-in request is
 * checked against the account as stored now ({@link AccountStateFilter}: bans, role changes and
 * password changes take effect at once), and sign-in attempts against {@link SignInLimits}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(ReaderProperties.class)
public class SecurityConfiguration {

  /**
   * The policy sent with every answer: only this site's own files, no inline script, no framing.
   */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt, upgradable; a password too long for bcrypt never matches instead of failing
    return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  @Bean
  SignInLimits signInLimits(RateLimits rates, ReaderProperties props, Clock clock) {
    return new SignInLimits(rates, props, clock);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, SignInLimits throttle, AccountRepository accounts) throws Exception {
    http.authorizeHttpRequests(
        a ->
            a.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/moderation", "/moderation/**")
                .hasAnyRole("MODERATOR", "ADMIN")
                .requestMatchers(
                    "/sources",
                    "/sources/**",
                    "/api/sources",
                    "/api/sources/**",
                    "/api/sources.opml")
                .hasRole("ADMIN")
                .requestMatchers("/actuator/health")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN")
                .requestMatchers("/account", "/account/**")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/**")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**")
                .permitAll()
                .requestMatchers(
                    HttpMethod.POST,
                    "/signup",
                    "/password/forgot",
                    "/password/reset",
                    "/confirm-email")
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .anyRequest()
                .authenticated());
    http.formLogin(
        f ->
            f.loginPage("/login")
                .permitAll()
                .successHandler(successHandler(throttle))
                .failureHandler(failureHandler(throttle)));
    http.logout(
        l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedout").deleteCookies("JSESSIONID"));
    http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
    http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                // Cache-Control is set by the page cache (web/cache/PageCacheFilter): no-store by
                // default, public or private with validators on the pages that declare it.
                .cacheControl(c -> c.disable())
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    http.addFilterAfter(new AccountStateFilter(accounts), SecurityContextHolderFilter.class);
    http.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  private static SavedRequestAwareAuthenticationSuccessHandler successHandler(
      SignInLimits throttle) {
    SavedRequestAwareAuthenticationSuccessHandler ok =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest req,
              jakarta.servlet.http.HttpServletResponse res,
              org.springframework.security.core.Authentication auth)
              throws java.io.IOException, jakarta.servlet.ServletException {
            throttle.succeeded(auth.getName(), req.getRemoteAddr());
            super.onAuthenticationSuccess(req, res, auth);
          }
        };
    ok.setDefaultTargetUrl("/");
    return ok;
  }

  private static AuthenticationFailureHandler failureHandler(SignInLimits throttle) {
    return (req, res, e) -> {
      throttle.failed(req.getParameter("username"), req.getRemoteAddr());
      res.sendRedirect(req.getContextPath() + "/login?error");
    };
  }
}
