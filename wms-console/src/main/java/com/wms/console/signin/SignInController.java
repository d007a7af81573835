package com.wms.console.signin;

import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Problem;
import com.wms.security.ApiSecurityProperties;
import com.wms.security.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with a bearer token of {@code WMS_API_TOKENS} and out again. The token goes into the
 * sealed session cookie (HttpOnly, SameSite=Strict, Secure over TLS, gone when the browser closes)
 * and nowhere else: no server keeps it.
 */
@Controller
class SignInController {
  private static final String HOME = "/console/orders";

  private final SessionCookie cookies;
  private final ApiTokens tokens;
  private final CookieCsrfTokenRepository csrf;
  private final boolean authDisabled;

  SignInController(
      SessionCookie cookies,
      ApiTokens tokens,
      CookieCsrfTokenRepository csrf,
      ApiSecurityProperties p) {
    this.cookies = cookies;
    this.tokens = tokens;
    this.csrf = csrf;
    this.authDisabled = p.authDisabled();
  }

  @GetMapping("/")
  String home() {
    return "redirect:" + HOME;
  }

  @GetMapping(ConsoleSecurity.SIGN_IN)
  String signInPage(@RequestParam(required = false) String next, Model model) {
    model.addAttribute("next", safeNext(next));
    model.addAttribute("authDisabled", authDisabled);
    ConsoleUser.current().ifPresent(u -> model.addAttribute("signedInAs", u));
    return "console/sign-in";
  }

  @PostMapping(ConsoleSecurity.SIGN_IN)
  String signIn(
      @RequestParam(defaultValue = "") String token,
      @RequestParam(required = false) String next,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String presented = token.strip();
    if (authDisabled) {
      return "redirect:" + safeNext(next);
    }
    if (tokens.authenticate(presented).isEmpty()) {
      response.setStatus(401);
      model.addAttribute("next", safeNext(next));
      model.addAttribute("authDisabled", false);
      model.addAttribute(
          "error",
          presented.isEmpty()
              ? "Enter your access token."
              : "That token is not valid. Ask your administrator for a token of WMS_API_TOKENS.");
      return "console/sign-in";
    }
    response.addHeader(
        HttpHeaders.SET_COOKIE, cookie(request, cookies.seal(presented), null).toString());
    return "redirect:" + safeNext(next);
  }

  @PostMapping("/console/sign-out")
  String signOut(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, clearCookie(request));
    csrf.saveToken(null, request, response);
    return "redirect:" + ConsoleSecurity.SIGN_IN;
  }

  /** The 403 page the access-denied handler forwards to. */
  @RequestMapping(ConsoleSecurity.FORBIDDEN)
  String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(403);
    model.addAttribute("csrf", Boolean.TRUE.equals(request.getAttribute("csrf")));
    ConsoleUser.current().ifPresent(u -> model.addAttribute("user", u));
    return "console/forbidden";
  }

  /** The 429 page {@link ConsoleRateLimitFilter} forwards to: how long to wait. */
  @RequestMapping(ConsoleRateLimitFilter.TOO_MANY)
  String tooManyRequests(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(429);
    Object seconds = request.getAttribute(ConsoleRateLimitFilter.WAIT_SECONDS);
    model.addAttribute(
        "problem",
        new Problem(
            429,
            "RATE_LIMITED",
            "Your token sent more requests than its budget allows (WMS_RATE_LIMIT per second)."
                + " Wait "
                + (seconds == null ? "a second" : seconds + " s")
                + " and reload the page; nothing was done.",
            null));
    return "console/problem";
  }

  /** The Set-Cookie value that removes the session cookie. */
  static String clearCookie(HttpServletRequest request) {
    return cookie(request, "", java.time.Duration.ZERO).toString();
  }

  private static ResponseCookie cookie(
      HttpServletRequest request, String value, java.time.Duration maxAge) {
    ResponseCookie.ResponseCookieBuilder b =
        ResponseCookie.from(SessionCookie.NAME, value)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Strict")
            .path("/");
    if (maxAge != null) {
      b.maxAge(maxAge);
    }
    return b.build();
  }

  /** Only a console path of this site, so the sign-in page cannot redirect anywhere else. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/console/")
        || next.startsWith(ConsoleSecurity.SIGN_IN)
        || next.contains("\\")
        || next.contains("//")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return HOME;
    }
    return next;
  }
}
