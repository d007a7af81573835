package com.wms.console.signin;

import static com.wms.security.ApiRole.ADMIN;
import static com.wms.security.ApiRole.OPERATOR;
import static com.wms.security.ApiRole.VIEWER;

import com.wms.security.ApiSecurityProperties;
import com.wms.security.ApiTokens;
import com.wms.security.RateBudgets;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The console's own security, ahead of the API's: the same tokens, roles and request budgets,
 * carried by the sealed session cookie instead of a header; CSRF tokens (in a cookie too, so no
 * replica keeps state) on every form; each mutating path needs the role its API needs, so a forged
 * post of a weaker role is refused with 403 whatever the page showed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {
  static final String SIGN_IN = "/console/sign-in";
  static final String FORBIDDEN = "/console/forbidden";

  /** Scripts and styles come from the console itself only; no frames, no foreign form targets. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none';"
          + " object-src 'none'";

  /**
   * CSRF tokens in a cookie (double submit): the cookie holds the token, each form a masked copy;
   * HttpOnly and SameSite=Strict like the session cookie, so no replica keeps it either.
   */
  @Bean
  CookieCsrfTokenRepository consoleCsrfTokens() {
    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
    csrf.setCookieName("wms_console_csrf");
    csrf.setCookiePath("/");
    csrf.setCookieCustomizer(c -> c.sameSite("Strict").httpOnly(true));
    return csrf;
  }

  @Bean
  @Order(1)
  SecurityFilterChain consoleFilterChain(
      HttpSecurity http,
      SessionCookie cookies,
      ApiTokens tokens,
      ApiSecurityProperties p,
      RateBudgets budgets,
      CookieCsrfTokenRepository csrf)
      throws Exception {
    SessionCookieFilter signIn = new SessionCookieFilter(cookies, tokens, p.authDisabled());
    http.securityMatcher(new OrRequestMatcher(path(null, "/"), path(null, "/console/**")))
        // Every request signs in afresh from its cookie; that is no new sign-in, so the CSRF
        // token is not renewed per request (the sign-in page renews it when someone signs in).
        .csrf(
            c ->
                c.csrfTokenRepository(csrf)
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterBefore(signIn, AnonymousAuthenticationFilter.class)
        .addFilterAfter(new ConsoleRateLimitFilter(budgets), SessionCookieFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(ConsoleSecurity::toSignIn).accessDeniedHandler(denied()))
        .authorizeHttpRequests(
            a -> {
              a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
              a.requestMatchers(
                      path(HttpMethod.GET, SIGN_IN),
                      path(HttpMethod.POST, SIGN_IN),
                      path(HttpMethod.POST, "/console/sign-out"),
                      path(HttpMethod.GET, "/console/assets/**"))
                  .permitAll();
              a.requestMatchers(
                      path(HttpMethod.POST, "/console/stock"),
                      path(HttpMethod.POST, "/console/stock/*/receive"),
                      path(HttpMethod.POST, "/console/stock/*/adjust"))
                  .hasAuthority(ADMIN.authority());
              a.requestMatchers(
                      path(HttpMethod.POST, "/console/orders"),
                      path(HttpMethod.POST, "/console/orders/*/*"))
                  .hasAuthority(OPERATOR.authority());
              a.requestMatchers(path(HttpMethod.GET, "/"), path(HttpMethod.GET, "/console/**"))
                  .hasAuthority(VIEWER.authority());
              a.anyRequest().hasAuthority(ADMIN.authority());
            });
    return http.build();
  }

  /** Pages go to the sign-in page and come back after; htmx requests reload into it. */
  private static void toSignIn(
      HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
    String target = request.getRequestURI();
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String signIn = SIGN_IN + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    if (request.getHeader("HX-Request") != null) {
      response.setStatus(401);
      response.setHeader("HX-Redirect", signIn);
      return;
    }
    response.sendRedirect(signIn);
  }

  /** A 403 page that says why: the role may not, or the form's CSRF token was missing or stale. */
  private static AccessDeniedHandler denied() {
    return (request, response, e) -> {
      response.setStatus(403);
      request.setAttribute("csrf", e instanceof CsrfException);
      request.getRequestDispatcher(FORBIDDEN).forward(request, response);
    };
  }

  private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
