package dev.storyline.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in by e-mail address. */
@Service
class AccountDetailsService implements UserDetailsService {
  private final AccountRepository accounts;

  AccountDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .byEmail(email)
        .map(ReaderPrincipal::new)
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
