package dev.storyline.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through SMTP when {@code spring.mail.host} is configured; otherwise writes what
 * would have been sent (such as a password-reset link) to the log for the operator, and says so at
 * start.
 */
@Component
public class Mailer {
  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final ReaderProperties props;

  Mailer(ObjectProvider<JavaMailSender> sender, ReaderProperties props) {
    this.sender = sender;
    this.props = props;
  }

  /** Whether SMTP is configured. */
  public boolean smtp() {
    return sender.getIfAvailable() != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (!smtp()) {
      log.warn(
          "SMTP is not configured (spring.mail.host): password-reset links will be written to"
              + " this log for the operator to pass on");
    }
  }

  /** Sends a plain-text message, or logs it without SMTP. Never throws on a delivery failure. */
  public void send(String to, String subject, String text) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      log.warn("mail not sent (no SMTP) to={} subject=\"{}\"\n{}", to, subject, text);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(props.mailFrom());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    try {
      mail.send(message);
    } catch (MailException e) {
      log.error("mail to={} failed: {}", to, e.getMessage());
    }
  }
}
