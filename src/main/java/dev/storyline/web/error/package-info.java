/**
 * Turns exceptions into HTTP answers in one place: RFC 9457 {@code ProblemDetail} JSON under {@code
 * /api/**}, friendly HTML pages elsewhere. Controllers throw {@link
 * dev.storyline.web.error.NotFoundException} or {@link dev.storyline.web.error.BadRequestException}
 * and never build error responses themselves.
 */
package dev.storyline.web.error;
