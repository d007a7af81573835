package com.wms.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
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
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Authentication and authorization of the HTTP APIs: bearer tokens from {@code WMS_API_TOKENS},
 * cumulative roles, one rule per endpoint (from every {@link ApiAccessRules} bean), problem+json
 * for 401, 403 and 413, and the request body limit. Stateless: no session, no CSRF (no cookies).
 * Import it from each application that serves an API; importing it twice is harmless.
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

  /** The configured tokens; refuses to start without any unless auth is disabled explicitly. */
  @Bean
  ApiTokens apiTokens(ApiSecurityProperties p) {
    ApiTokens.startupProblem(p.apiTokens(), p.authDisabled())
        .ifPresent(
            problem -> {
              throw new IllegalStateException(problem);
            });
    if (p.authDisabled()) {
      log.warn("authentication is disabled (WMS_AUTH_DISABLED=true): every caller may do anything");
      return ApiTokens.parse("");
    }
    ApiTokens tokens = ApiTokens.parse(p.apiTokens());
    log.info("API authentication on: {} token(s) {}", tokens.size(), tokens);
    return tokens;
  }

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ApiTokens tokens,
      ApiSecurityProperties p,
      ObjectProvider<ApiAccessRules> apis)
      throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    if (p.authDisabled()) {
      return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }
    List<ApiAccessRules.Rule> rules = ApiAccessRules.strongestFirst(apis.orderedStream());
    http.addFilterBefore(
            new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            a -> {
              // The error page only renders a problem that was decided already.
              a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              a.requestMatchers(
                      path(HttpMethod.GET, "/actuator/health"),
                      path(HttpMethod.GET, "/actuator/health/**"))
                  .permitAll();
              a.requestMatchers(path(HttpMethod.GET, "/actuator/**"))
                  .hasAuthority(ApiRole.VIEWER.authority());
              PathPatternRequestMatcher[] docs =
                  API_DOCS.stream()
                      .map(d -> path(HttpMethod.GET, d))
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

  /** The body checks run before security, so an oversized body is never read, whoever sent it. */
  @Bean
  FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ApiSecurityProperties p) {
    FilterRegistrationBean<RequestLimitsFilter> registration =
        new FilterRegistrationBean<>(new RequestLimitsFilter(p.maxBodyBytes()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
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
