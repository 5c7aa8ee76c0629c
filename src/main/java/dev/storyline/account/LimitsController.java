package dev.storyline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders a refusal that a security filter forwarded here (the sign-in limits run before Spring
 * MVC): HTTP 429 with the plain message. Reached directly, it shows a generic message.
 */
@Controller
class LimitsController {
  static final String PATH = "/too-many-requests";

  @RequestMapping(PATH)
  ModelAndView tooMany(HttpServletRequest request, HttpServletResponse response) {
    Object refusal = request.getAttribute(RateLimited.ATTRIBUTE);
    RateLimited r =
        refusal instanceof RateLimited given
            ? given
            : new RateLimited("Too many attempts: please wait a minute.", Duration.ofMinutes(1));
    return r.page(response);
  }
}
