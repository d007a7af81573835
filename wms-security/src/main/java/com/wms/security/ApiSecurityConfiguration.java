package com.wms.security;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.CorsFilter;

/**
 * Authentication and authorization of the HTTP APIs: bearer tokens from {@code WMS_API_TOKENS} and
 * {@code WMS_API_TOKENS_FILE} (read again when it changes), cumulative roles, one rule per endpoint
 * (from every {@link ApiAccessRules} bean; HEAD and OPTIONS follow them), a request budget per
 * token (429), CORS only for configured origins, security headers on every response, problem+json
 * for 401, 403, 413 and 429, and the request body limit. Stateless: no session, no CSRF (no
 * cookies). Import it from each application that serves an API; importing it twice is harmless.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiDocumentation.class)
@EnableWebSecurity
@EnableConfigurationProperties(ApiSecurityProperties.class)
@PropertySource("classpath:wms-security.properties")
public class ApiSecurityConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

  /** The OpenAPI document and Swagger UI (springdoc): public in dev, else for viewers. */
  private static final List<String> API_DOCS =
      List.of(
          "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui", "/swagger-ui/**");

  /**
   * The configured tokens, {@code WMS_API_TOKENS} and the file's; refuses to start without any
   * unless auth is disabled explicitly.
   */
  @Bean
  ApiTokens apiTokens(ApiSecurityProperties p) {
    ApiTokens.startupProblem(p.apiTokens(), p.apiTokensFile(), p.authDisabled())
        .ifPresent(
            problem -> {
              throw new IllegalStateException(problem);
            });
    if (p.authDisabled()) {
      log.warn("authentication is disabled (WMS_AUTH_DISABLED=true): every caller may do anything");
      return ApiTokens.parse("");
    }
    ApiTokens tokens = ApiTokens.parse(p.apiTokens(), fileText(p));
    log.info(
        "API authentication on: {} token(s) {}{}; {} requests/s per token, {} for the worker's",
        tokens.size(),
        tokens,
        tokensFile(p) == null ? "" : ", read again from " + tokensFile(p) + " when it changes",
        p.rateLimit() == 0 ? "no limit of" : p.rateLimit(),
        p.rateLimitWorker() == 0 ? "none" : p.rateLimitWorker());
    return tokens;
  }

  /** Gives {@link #apiTokens} the file's tokens again whenever the file changes. */
  @Bean
  TokensFileWatcher tokensFileWatcher(ApiTokens tokens, ApiSecurityProperties p) {
    Path file = p.authDisabled() ? null : tokensFile(p);
    return new TokensFileWatcher(tokens, p.apiTokens(), file, p.apiTokensReloadInterval());
  }

  private static Path tokensFile(ApiSecurityProperties p) {
    return p.apiTokensFile().isBlank() ? null : Path.of(p.apiTokensFile().strip());
  }

  private static String fileText(ApiSecurityProperties p) {
    Path file = tokensFile(p);
    if (file == null) {
      return null;
    }
    try {
      return ApiTokens.readFile(file);
    } catch (IOException e) {
      throw new IllegalStateException(
          ApiTokens.FILE_VARIABLE + " " + file + " cannot be read: " + e, e);
    }
  }

  /** The tokens' request budgets (WMS_RATE_LIMIT, WMS_RATE_LIMIT_WORKER), one per application. */
  @Bean
  RateBudgets rateBudgets(ApiSecurityProperties p) {
    return new RateBudgets(p.rateLimit(), p.rateLimitWorker());
  }

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ApiTokens tokens,
      ApiSecurityProperties p,
      RateBudgets budgets,
      ObjectProvider<ApiAccessRules> apis)
      throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        // SecurityHeaders sets them on every response, including those refused before security.
        .headers(h -> h.disable())
        .cors(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    CorsFilter cors = CorsSettings.filter(p.corsAllowedOrigins());
    if (cors != null) {
      // Before authentication: a browser's preflight carries no token.
      http.addFilterBefore(cors, SecurityContextHolderFilter.class);
    }
    if (p.authDisabled()) {
      return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }
    List<ApiAccessRules.Rule> rules =
        EndpointRules.matchOrder(ApiAccessRules.strongestFirst(apis.orderedStream()));
    http.addFilterBefore(
            new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .addFilterAfter(new RateLimitFilter(budgets), BearerTokenFilter.class)
        .authorizeHttpRequests(
            a -> {
              // The error page only renders a problem that was decided already.
              a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              for (HttpMethod m : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)) {
                a.requestMatchers(path(m, "/actuator/health"), path(m, "/actuator/health/**"))
                    .permitAll();
                a.requestMatchers(path(m, "/actuator/**")).hasAuthority(ApiRole.VIEWER.authority());
              }
              PathPatternRequestMatcher[] docs =
                  API_DOCS.stream()
                      .flatMap(d -> Stream.of(path(HttpMethod.GET, d), path(HttpMethod.HEAD, d)))
                      .toArray(n -> new PathPatternRequestMatcher[n]);
              if (p.apiDocsPublic()) {
                a.requestMatchers(docs).permitAll();
              } else {
                a.requestMatchers(docs).hasAuthority(ApiRole.VIEWER.authority());
              }
              for (ApiAccessRules.Rule r : rules) {
                a.requestMatchers(path(r.method(), r.pattern())).hasAuthority(r.role().authority());
              }
              // Whatever no rule names (a new endpoint, an unknown path) needs the strongest role.
              a.anyRequest().hasAuthority(ApiRole.ADMIN.authority());
            });
    return http.build();
  }

  private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  /** First of all filters, so that every response carries them, refusals included. */
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(ApiSecurityProperties p) {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders(p.contentSecurityPolicy()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  /** The body checks run before security, so an oversized body is never read, whoever sent it. */
  @Bean
  FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ApiSecurityProperties p) {
    FilterRegistrationBean<RequestLimitsFilter> registration =
        new FilterRegistrationBean<>(new RequestLimitsFilter(p.maxBodyBytes()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /**
   * Spring Security's own observations (one around every filter of the chain and one per
   * authorization) would time each request a dozen times over, besides the request's own
   * observation ({@code http.server.requests}, which stays); they cost a sizeable share of a
   * request's CPU (BENCHMARKS.md), so they are off.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

  @Bean
  TomcatProblemReports tomcatProblemReports() {
    return new TomcatProblemReports();
  }
}
