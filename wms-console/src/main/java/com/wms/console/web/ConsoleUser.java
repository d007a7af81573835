package com.wms.console.web;

import com.wms.security.ApiPrincipal;
import com.wms.security.ApiRole;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in to the console: the principal name (role and token fingerprint, as on the
 * ledger), the role, and the bearer token the console sends to the inventory API on their behalf
 * (null when authentication is disabled).
 */
public record ConsoleUser(String name, ApiRole role, String token) {

  /** True when the role may do what {@code needed} may (roles are cumulative). */
  public boolean may(ApiRole needed) {
    return role.compareTo(needed) >= 0;
  }

  /** May place and drive orders. */
  public boolean isOperator() {
    return may(ApiRole.OPERATOR);
  }

  /** May create SKUs, receive and adjust. */
  public boolean isAdmin() {
    return may(ApiRole.ADMIN);
  }

  /** The role as people read it, e.g. {@code operator}. */
  public String roleName() {
    return role.wireName();
  }

  /** The user of the current request, when one is signed in. */
  public static Optional<ConsoleUser> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof SignedIn signedIn) {
      return Optional.of(signedIn.user());
    }
    return Optional.empty();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ConsoleUser[" + name + "]";
  }

  /** The authentication of a console request; its string form never shows the token. */
  public static final class SignedIn extends AbstractAuthenticationToken {
    private static final long serialVersionUID = 1L;
    private final transient ConsoleUser user;
    private final transient ApiPrincipal token;

    /** Signed in without a token: authentication is disabled. */
    public SignedIn(ConsoleUser user) {
      this(user, null);
    }

    private SignedIn(ConsoleUser user, ApiPrincipal token) {
      super(user.role().authorities());
      this.user = user;
      this.token = token;
      setAuthenticated(true);
    }

    /** Signs in with a principal the API tokens authenticated. */
    public static SignedIn of(ApiPrincipal principal, String token) {
      return new SignedIn(new ConsoleUser(principal.name(), principal.role(), token), principal);
    }

    public ConsoleUser user() {
      return user;
    }

    /**
     * The API's principal of the token the person signed in with (its request budget is theirs), or
     * empty when authentication is disabled.
     */
    public Optional<ApiPrincipal> tokenPrincipal() {
      return Optional.ofNullable(token);
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public Object getPrincipal() {
      return user.name();
    }

    @Override
    public String toString() {
      return "SignedIn[" + user.name() + "]";
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
