package dev.storyline.app;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A process's roles ({@code storyline.roles}, {@code --roles=web,worker} on the command line) as
 * the switches they stand for, set before the application starts (settings given explicitly win):
 *
 * <ul>
 *   <li>{@code web}: the HTTP server (pages, API, accounts, discussion). Without it: no server
 *       ({@code spring.main.web-application-type=none}).
 *   <li>{@code worker}: the pipeline ({@code storyline.work.enabled}: analysis, clustering when
 *       this process holds that role, briefs, repair passes, the sample import), feed polls and the
 *       daily digest. Without it none of these run and no model is loaded.
 * </ul>
 *
 * Both is the default: one process does everything, as on the embedded H2 database, which refuses a
 * single role (it serves one process, so a web-only process would have no worker).
 */
public final class Roles implements EnvironmentPostProcessor {
  public static final String WEB = "web";
  public static final String WORKER = "worker";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    Set<String> roles =
        parse(
            env.getProperty(
                "storyline.roles", String.join(",", StorylineProperties.defaults().roles())));
    String url = env.getProperty("spring.datasource.url", "");
    if (roles.size() == 1 && url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "--roles="
              + roles.iterator().next()
              + " needs PostgreSQL (spring.datasource.url=jdbc:postgresql://...): the embedded H2"
              + " database serves a single process, which must have both roles");
    }
    env.getPropertySources().addLast(new MapPropertySource("storylineRoles", switches(roles)));
  }

  /** The settings a set of roles stands for. */
  static Map<String, Object> switches(Set<String> roles) {
    Map<String, Object> on = new LinkedHashMap<>();
    if (!roles.contains(WEB)) {
      on.put("spring.main.web-application-type", "none");
    }
    if (!roles.contains(WORKER)) {
      on.put("storyline.work.enabled", "false");
      on.put("storyline.feeds.poll-enabled", "false");
      on.put("storyline.readers.digest-enabled", "false");
    }
    return on;
  }

  /** Parses "web,worker" (any order, spaces allowed); throws on an unknown or empty role list. */
  static Set<String> parse(String value) {
    Set<String> roles = new LinkedHashSet<>();
    for (String r : value.split(",")) {
      String role = r.strip().toLowerCase(Locale.ROOT);
      if (role.isEmpty()) {
        continue;
      }
      if (!role.equals(WEB) && !role.equals(WORKER)) {
        throw new IllegalArgumentException(
            "unknown role '" + r.strip() + "' in --roles (use web, worker or web,worker)");
      }
      roles.add(role);
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("--roles names no role (use web, worker or web,worker)");
    }
    return roles;
  }
}
