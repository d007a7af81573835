package com.wms.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The role each endpoint of one API needs, as a bean: the inventory service and the order API each
 * contribute theirs, and {@link ApiSecurityConfiguration} builds one rule set from all of them.
 * Paths are Spring path patterns ({@code *} one segment, {@code **} the rest). An API endpoint no
 * rule names needs the admin role.
 *
 * @param api what the rules are for, e.g. {@code inventory}
 * @param rules the rules; their order does not matter (stronger roles are checked first)
 */
public record ApiAccessRules(String api, List<Rule> rules) {
  public ApiAccessRules {
    rules = List.copyOf(rules);
  }

  /** One method and path pattern and the weakest role that may call it. */
  public record Rule(HttpMethod method, String pattern, ApiRole role) {}

  /**
   * Every rule of the APIs, strongest role first: the order in which they are checked, so that a
   * path two patterns match needs the stronger role.
   */
  public static List<Rule> strongestFirst(Stream<ApiAccessRules> apis) {
    return apis.flatMap(api -> api.rules().stream())
        .sorted(Comparator.comparing(Rule::role).reversed())
        .toList();
  }

  /**
   * The role a request needs under {@code rules} (as {@link #strongestFirst} orders them): that of
   * the first rule matching it, else admin. {@code path} may be an OpenAPI path template; each
   * {@code {variable}} stands for one segment.
   */
  public static ApiRole requiredRole(List<Rule> rules, HttpMethod method, String path) {
    PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^/}]+}", "x"));
    for (Rule r : rules) {
      if (r.method().equals(method)
          && PathPatternParser.defaultInstance.parse(r.pattern()).matches(concrete)) {
        return r.role();
      }
    }
    return ApiRole.ADMIN;
  }

  /** Starts the rules of one API. */
  public static Builder of(String api) {
    return new Builder(api);
  }

  /** Collects rules per role. */
  public static final class Builder {
    private final String api;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(String api) {
      this.api = api;
    }

    public Builder get(ApiRole role, String... patterns) {
      return add(HttpMethod.GET, role, patterns);
    }

    public Builder post(ApiRole role, String... patterns) {
      return add(HttpMethod.POST, role, patterns);
    }

    private Builder add(HttpMethod method, ApiRole role, String... patterns) {
      for (String p : patterns) {
        rules.add(new Rule(method, p, role));
      }
      return this;
    }

    public ApiAccessRules build() {
      return new ApiAccessRules(api, rules);
    }
  }
}
