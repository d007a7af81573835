package com.wms.security;

import java.util.Map;
import java.util.Optional;

/**
 * Checks the security settings of a service in its environment before it starts, so that a wrong
 * value stops the {@code wms} command with one line instead of a stack trace: the tokens ({@code
 * WMS_API_TOKENS}, {@code WMS_API_TOKENS_FILE}, {@code WMS_AUTH_DISABLED}), the rate budgets
 * ({@code WMS_RATE_LIMIT}, {@code WMS_RATE_LIMIT_WORKER}) and the CORS origins ({@code
 * WMS_CORS_ALLOWED_ORIGINS}).
 */
public final class SecuritySettings {
  private SecuritySettings() {}

  /** The first problem of these settings, or empty when the API may start. */
  public static Optional<String> startupProblem(Map<String, String> env) {
    Optional<String> tokens =
        ApiTokens.startupProblem(
            env.get(ApiTokens.TOKENS_VARIABLE),
            env.get(ApiTokens.FILE_VARIABLE),
            "true".equalsIgnoreCase(env.get("WMS_AUTH_DISABLED")));
    if (tokens.isPresent()) {
      return tokens;
    }
    for (String name : new String[] {"WMS_RATE_LIMIT", "WMS_RATE_LIMIT_WORKER"}) {
      String problem = RateBudgets.problem(name, env.get(name));
      if (problem != null) {
        return Optional.of(problem);
      }
    }
    String origins = env.get("WMS_CORS_ALLOWED_ORIGINS");
    if (origins != null && !origins.isBlank()) {
      for (String origin : origins.split(",")) {
        String problem = origin.isBlank() ? null : CorsSettings.problem(origin);
        if (problem != null) {
          return Optional.of(problem);
        }
      }
    }
    return Optional.empty();
  }
}
