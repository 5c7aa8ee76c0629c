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
 * up after the service was down at the digest time. Off in a process without the worker role
 * ({@code storyline.readers.digest-enabled=false}); several workers may run it, as each reader's
 * digest is claimed in the database before it is sent ({@link DigestRepository#claim}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
@ConditionalOnProperty(
    name = "storyline.readers.digest-enabled",
    havingValue = "true",
    matchIfMissing = true)
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
