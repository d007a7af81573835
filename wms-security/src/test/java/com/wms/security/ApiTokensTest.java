package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class ApiTokensTest {
  private static final String ADMIN = "admin-token-0123456789";
  private static final String OPERATOR = "operator-token-0123456789";

  @Test
  void eachTokenAuthenticatesAsItsRoleWithAFingerprintForName() {
    ApiTokens tokens = ApiTokens.parse(" " + ADMIN + "=admin , " + OPERATOR + "=Operator ");
    assertThat(tokens.size()).isEqualTo(2);
    ApiPrincipal admin = tokens.authenticate(ADMIN).orElseThrow();
    assertThat(admin.role()).isEqualTo(ApiRole.ADMIN);
    assertThat(admin.name()).matches("admin#[0-9a-f]{6}").doesNotContain(ADMIN);
    assertThat(tokens.authenticate(OPERATOR).orElseThrow().name()).startsWith("operator#");
    assertThat(tokens.authenticate("admin-token-012345678")).isEmpty();
    assertThat(tokens.authenticate("")).isEmpty();
    assertThat(tokens.authenticate((String) null)).isEmpty();
  }

  @Test
  void rolesAreCumulative() {
    assertThat(ApiRole.VIEWER.authorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_VIEWER");
    assertThat(ApiRole.OPERATOR.authorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_VIEWER", "ROLE_OPERATOR");
    assertThat(ApiRole.ADMIN.authorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_VIEWER", "ROLE_OPERATOR", "ROLE_ADMIN");
  }

  @Test
  void theAuthenticationManagerAcceptsOnlyAConfiguredBearerToken() {
    ApiTokens tokens = ApiTokens.parse(OPERATOR + "=operator");
    Authentication ok = tokens.authenticate(new BearerTokenFilter.Bearer(OPERATOR));
    assertThat(ok.isAuthenticated()).isTrue();
    assertThat(ok.getName()).startsWith("operator#");
    assertThat(ok.getCredentials()).isNull();
    assertThatThrownBy(() -> tokens.authenticate(new BearerTokenFilter.Bearer("x".repeat(30))))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> tokens.authenticate(new TestingAuthenticationToken("u", "p")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(new BearerTokenFilter.Bearer(OPERATOR).toString()).doesNotContain(OPERATOR);
  }

  @Test
  void badSettingsAreNamedByPositionWithoutShowingTheToken() {
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin," + OPERATOR + "=root"))
        .hasMessageContaining("entry 2")
        .hasMessageContaining("unknown role 'root'")
        .hasMessageNotContaining(OPERATOR);
    assertThatThrownBy(() -> ApiTokens.parse("short=admin"))
        .hasMessageContaining("entry 1")
        .hasMessageContaining("at least 16")
        .hasMessageNotContaining("short");
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin," + ADMIN + "=viewer"))
        .hasMessageContaining("entry 2 of WMS_API_TOKENS repeats");
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN)).hasMessageContaining("not token=role");
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin,")).hasMessageContaining("entry 2");
    assertThatThrownBy(() -> ApiTokens.parse("has space in token=admin"))
        .hasMessageContaining("printable ASCII");
  }

  @Test
  void withoutTokensTheApiStartsOnlyWhenAuthIsDisabledExplicitly() {
    assertThat(ApiTokens.startupProblem("", false))
        .hasValueSatisfying(
            m -> assertThat(m).contains("WMS_API_TOKENS is not set", "WMS_AUTH_DISABLED=true"));
    assertThat(ApiTokens.startupProblem(null, false)).isPresent();
    assertThat(ApiTokens.startupProblem("", true)).isEmpty();
    assertThat(ApiTokens.startupProblem(ADMIN + "=admin", false)).isEmpty();
    assertThat(ApiTokens.startupProblem(ADMIN + "=boss", false))
        .hasValueSatisfying(m -> assertThat(m).contains("WMS_API_TOKENS is invalid", "boss"));
  }

  @Test
  void theTokenTableNeverPrintsATokenAndParsesEmptyToNothing() {
    assertThat(ApiTokens.parse(ADMIN + "=admin").toString()).doesNotContain(ADMIN);
    assertThat(ApiTokens.parse("  ").isEmpty()).isTrue();
    assertThat(ApiTokens.principalName(ApiRole.VIEWER, ADMIN))
        .isEqualTo(
            "viewer#"
                + java.util.HexFormat.of().formatHex(ApiTokens.sha256(ADMIN)).substring(0, 6));
  }
}
