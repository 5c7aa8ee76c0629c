package dev.storyline.app;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the service listens and the settings in effect, with secrets masked: the database
 * connection and every Storyline settings record ({@code @ConfigurationProperties} of the {@code
 * dev.storyline} packages, found in the context, so a new one is printed without being listed
 * here). A record that holds a secret masks it in its own {@code toString}.
 */
@Component
class EffectiveSettings {
  private static final Logger log = LoggerFactory.getLogger(EffectiveSettings.class);

  private final Environment env;
  private final ApplicationContext context;

  EffectiveSettings(Environment env, ApplicationContext context) {
    this.env = env;
    this.context = context;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    String lines = describe();
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      int port = web.getWebServer().getPort();
      log.info("Storyline is running at http://localhost:{}/\n{}", port, lines);
    } else {
      log.info("Storyline settings\n{}", lines);
    }
  }

  String describe() {
    List<String> lines = new ArrayList<>();
    lines.add("  spring.datasource.url: " + mask(env.getProperty("spring.datasource.url", "")));
    lines.add("  spring.datasource.username: " + env.getProperty("spring.datasource.username", ""));
    lines.add(
        "  spring.datasource.password: "
            + (env.getProperty("spring.datasource.password", "").isEmpty() ? "(none)" : "****"));
    settings().forEach((prefix, value) -> lines.addAll(describe(prefix, value)));
    return String.join("\n", lines);
  }

  /** Storyline's settings records by prefix. */
  Map<String, Object> settings() {
    Map<String, Object> out = new TreeMap<>();
    for (Object bean : context.getBeansWithAnnotation(ConfigurationProperties.class).values()) {
      ConfigurationProperties a =
          AnnotationUtils.findAnnotation(bean.getClass(), ConfigurationProperties.class);
      if (a != null && bean.getClass().getName().startsWith("dev.storyline.")) {
        out.put(a.prefix().isEmpty() ? a.value() : a.prefix(), bean);
      }
    }
    return out;
  }

  /** One line per part of a record of records ({@code storyline.cluster: Cluster[…]}), else one. */
  static List<String> describe(String prefix, Object value) {
    List<String> lines = new ArrayList<>();
    RecordComponent[] parts =
        value.getClass().isRecord() ? value.getClass().getRecordComponents() : null;
    if (parts == null || java.util.Arrays.stream(parts).noneMatch(p -> p.getType().isRecord())) {
      lines.add("  " + prefix + ": " + value);
      return lines;
    }
    for (RecordComponent p : parts) {
      try {
        lines.add("  " + prefix + "." + p.getName() + ": " + p.getAccessor().invoke(value));
      } catch (ReflectiveOperationException e) {
        lines.add("  " + prefix + "." + p.getName() + ": (unreadable)");
      }
    }
    return lines;
  }

  /** Masks a password written into a JDBC URL ({@code password=…} or {@code user:pass@}). */
  static String mask(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:****@");
  }
}
