package com.wms.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInControllerTest {

  @Test
  void afterSignInOnlyAConsolePathOfThisSiteIsFollowed() {
    assertThat(SignInController.safeNext("/console/orders/ORD-1?done=placed"))
        .isEqualTo("/console/orders/ORD-1?done=placed");
    assertThat(SignInController.safeNext("/console/stock")).isEqualTo("/console/stock");
  }

  @Test
  void anythingElseLandsOnTheBoard() {
    assertThat(SignInController.safeNext(null)).isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("https://evil.example/console/"))
        .isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("//evil.example/console/")).isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("/console//evil.example")).isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("/console/\\evil")).isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("/console/x\r\nSet-Cookie: a=b"))
        .isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("/console/sign-in")).isEqualTo("/console/orders");
    assertThat(SignInController.safeNext("/api/v1/orders")).isEqualTo("/console/orders");
  }
}
