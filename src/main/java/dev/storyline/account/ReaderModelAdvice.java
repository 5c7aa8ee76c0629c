package dev.storyline.account;

import dev.storyline.web.cache.PageScopes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in reader (or {@code null}) in every page's model as {@code reader}. */
@ControllerAdvice
class ReaderModelAdvice {

  @ModelAttribute("reader")
  ReaderPrincipal reader() {
    ReaderPrincipal reader = current();
    if (reader != null) {
      PageScopes.personal();
    }
    return reader;
  }

  /** The signed-in reader of this request, or {@code null}. */
  static ReaderPrincipal current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof ReaderPrincipal p ? p : null;
  }
}
