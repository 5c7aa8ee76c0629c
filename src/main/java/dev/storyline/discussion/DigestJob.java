package dev.storyline.discussion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the daily digest when SMTP is configured ({@code spring.mail.host}): checks every {@code
 * storyline.readers.digest-check} (default one minute) whether digests are due, which also catches
 * up after the service was down at the digest time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
class DigestJob {
  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
  private final DigestSender sender;

  DigestJob(DigestSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      initialDelayString = "${storyline.readers.digest-check:PT1M}",
      fixedDelayString = "${storyline.readers.digest-check:PT1M}")
  void tick() {
    try {
      sender.runDue();
    } catch (RuntimeException e) {
      log.warn("digest run failed", e);
    }
  }
}
