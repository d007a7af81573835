package com.wms.security;

/**
 * Checks of security settings that the {@code wms} command makes before a service starts, so that a
 * wrong value stops it with one line instead of a stack trace. The tokens are checked by {@link
 * ApiTokens#startupProblem(String, String, boolean)}.
 */
public final class SecuritySettings {
  private SecuritySettings() {}

  /**
   * Whether {@code origins} (separated by commas, as in {@code WMS_CORS_ALLOWED_ORIGINS}) are all
   * web origins, such as {@code https://ops.example.com:8443}, or {@code *}.
   */
  public static boolean validOrigins(String origins) {
    for (String origin : origins.split(",")) {
      if (!origin.isBlank() && CorsSettings.problem(origin) != null) {
        return false;
      }
    }
    return true;
  }
}
