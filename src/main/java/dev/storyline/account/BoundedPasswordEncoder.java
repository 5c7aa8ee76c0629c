package dev.storyline.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The site's password encoder (bcrypt, upgradable) with its length limit made harmless: a password
 * longer than bcrypt can hash never matches a stored one (no account can have it), instead of an
 * exception that became an HTTP 500 at sign-in. New passwords are checked by {@link Passwords}
 * before they are encoded.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {
  private final PasswordEncoder delegate;

  BoundedPasswordEncoder(PasswordEncoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    if (Passwords.tooLong(rawPassword)) {
      throw new IllegalArgumentException(
          "a password of more than " + Passwords.MAX_BYTES + " bytes cannot be hashed");
    }
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    return !Passwords.tooLong(rawPassword) && delegate.matches(rawPassword, encodedPassword);
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }
}
