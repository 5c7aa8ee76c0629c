package dev.storyline.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the service listens and the settings in effect, with secrets masked. */
@Component
class EffectiveSettings {
  private static final Logger log = LoggerFactory.getLogger(EffectiveSettings.class);

  private final Environment env;
  private final StorylineProperties props;

  EffectiveSettings(Environment env, StorylineProperties props) {
    this.env = env;
    this.props = props;
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
    return String.join(
        "\n",
        "  database:  " + mask(env.getProperty("spring.datasource.url", "")),
        "  db user:   " + env.getProperty("spring.datasource.username", ""),
        "  db pass:   "
            + (env.getProperty("spring.datasource.password", "").isEmpty() ? "(none)" : "****"),
        "  sample:    " + props.sample(),
        "  analyze:   " + props.analyze(),
        "  cluster:   " + props.cluster(),
        "  repair:    " + props.repair(),
        "  ingest:    " + props.ingest(),
        "  roles:     " + String.join(",", props.roles()),
        "  work:      " + props.work());
  }

  /** Masks a password written into a JDBC URL ({@code password=…} or {@code user:pass@}). */
  static String mask(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:****@");
  }
}
