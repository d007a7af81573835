package com.wms.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * The rules of every API in the order they are matched. HEAD stands for the GET of its path and
 * needs the same role. OPTIONS asks which methods a path has, so whoever may call one of them may
 * ask: it needs the weakest role of any rule of the path. Method rules are matched strongest role
 * first, so a path two patterns match needs the stronger role; OPTIONS rules weakest first.
 */
final class EndpointRules {
  private EndpointRules() {}

  static List<ApiAccessRules.Rule> matchOrder(List<ApiAccessRules.Rule> rules) {
    List<ApiAccessRules.Rule> methods = new ArrayList<>();
    List<ApiAccessRules.Rule> options = new ArrayList<>();
    for (ApiAccessRules.Rule r : rules) {
      methods.add(r);
      if (r.method().equals(HttpMethod.GET)) {
        methods.add(new ApiAccessRules.Rule(HttpMethod.HEAD, r.pattern(), r.role()));
      }
      options.add(new ApiAccessRules.Rule(HttpMethod.OPTIONS, r.pattern(), r.role()));
    }
    methods.sort(Comparator.comparing(ApiAccessRules.Rule::role).reversed());
    options.sort(Comparator.comparing(ApiAccessRules.Rule::role));
    List<ApiAccessRules.Rule> ordered = new ArrayList<>(methods);
    ordered.addAll(options);
    return List.copyOf(ordered);
  }
}
