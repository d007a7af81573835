package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        .hasValueSatisfying(m -> assertThat(m).contains("invalid", "WMS_API_TOKENS", "boss"));
  }

  @Test
  void tokensNamingOneHolderShareTheirKeyOwnerAndMustShareTheirRole() {
    String next = "admin-token-rotated-0123456789";
    ApiTokens tokens =
        ApiTokens.parse(
            ADMIN + "=admin:worker," + next + "=admin:worker," + OPERATOR + "=operator");
    ApiPrincipal old = tokens.authenticate(ADMIN).orElseThrow();
    ApiPrincipal rotated = tokens.authenticate(next).orElseThrow();
    ApiPrincipal operator = tokens.authenticate(OPERATOR).orElseThrow();
    assertThat(old.holder()).isEqualTo("worker");
    assertThat(old.keyOwner()).isEqualTo(rotated.keyOwner()).isEqualTo("@worker");
    assertThat(old.name()).isNotEqualTo(rotated.name()).startsWith("admin#");
    assertThat(operator.holder()).isNull();
    assertThat(operator.keyOwner()).isEqualTo(operator.name());
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin:worker," + next + "=viewer:worker"))
        .hasMessageContaining("entry 2")
        .hasMessageContaining("same role")
        .hasMessageNotContaining(next);
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin:Worker 1"))
        .hasMessageContaining("holder");
  }

  @Test
  void theTokensFileHoldsOneEntryPerLineWithCommentsAndAddsToTheInlineTokens() {
    String file = "# rotated monthly\n\n" + OPERATOR + "=operator:scanner\r\n  \n";
    ApiTokens tokens = ApiTokens.parse(ADMIN + "=admin", file);
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.authenticate(OPERATOR).orElseThrow().holder()).isEqualTo("scanner");
    assertThatThrownBy(() -> ApiTokens.parse(ADMIN + "=admin", "# x\n" + ADMIN + "=viewer\n"))
        .hasMessageContaining("line 2 of WMS_API_TOKENS_FILE repeats an earlier token");
    assertThatThrownBy(() -> ApiTokens.parse("", "\n\n" + OPERATOR + "=boss"))
        .hasMessageContaining("line 3 of WMS_API_TOKENS_FILE")
        .hasMessageNotContaining(OPERATOR);
  }

  @Test
  void aTokensFileThatCannotBeReadOrHoldsNoTokenStopsTheStart(@TempDir Path dir)
      throws IOException {
    Path missing = dir.resolve("missing");
    assertThat(ApiTokens.startupProblem(null, missing.toString(), false))
        .hasValueSatisfying(m -> assertThat(m).contains("WMS_API_TOKENS_FILE", "cannot be read"));
    Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n");
    assertThat(ApiTokens.startupProblem("", empty.toString(), false))
        .hasValueSatisfying(m -> assertThat(m).contains("is not set"));
    Path good = Files.writeString(dir.resolve("good"), OPERATOR + "=operator\n");
    assertThat(ApiTokens.startupProblem("", good.toString(), false)).isEmpty();
    assertThat(ApiTokens.startupProblem(OPERATOR + "=viewer", good.toString(), false))
        .hasValueSatisfying(m -> assertThat(m).contains("line 1 of WMS_API_TOKENS_FILE repeats"));
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
