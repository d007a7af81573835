package com.wms.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code wms.security}, read from the environment variables in
 * wms-security.properties.
 *
 * @param apiTokens {@code WMS_API_TOKENS}: {@code token=role[:holder]} pairs separated by commas
 * @param apiTokensFile {@code WMS_API_TOKENS_FILE}: a file of such pairs, one per line, read again
 *     when it changes; blank for none
 * @param apiTokensReloadInterval how often the tokens file is checked for changes
 * @param authDisabled {@code WMS_AUTH_DISABLED}: true lets every request through as admin
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 * @param rateLimit {@code WMS_RATE_LIMIT}: requests per second of each token (0: no limit)
 * @param rateLimitWorker {@code WMS_RATE_LIMIT_WORKER}: the same for tokens of holder {@code
 *     worker}
 * @param corsAllowedOrigins {@code WMS_CORS_ALLOWED_ORIGINS}: origins whose pages may call the APIs
 *     (empty: CORS off)
 * @param contentSecurityPolicy {@code WMS_CONTENT_SECURITY_POLICY}: the Content-Security-Policy of
 *     every response (blank: {@link SecurityHeaders#DEFAULT_POLICY})
 * @param apiDocsPublic {@code WMS_API_DOCS_PUBLIC}: true serves the OpenAPI document and Swagger UI
 *     to anyone ({@code wms dev} does); otherwise they need the viewer role
 */
@ConfigurationProperties("wms.security")
public record ApiSecurityProperties(
    @DefaultValue("") String apiTokens,
    @DefaultValue("") String apiTokensFile,
    @DefaultValue("PT2S") Duration apiTokensReloadInterval,
    @DefaultValue("false") boolean authDisabled,
    @DefaultValue("65536") int maxBodyBytes,
    @DefaultValue("100") long rateLimit,
    @DefaultValue("1000") long rateLimitWorker,
    @DefaultValue("") List<String> corsAllowedOrigins,
    @DefaultValue("") String contentSecurityPolicy,
    @DefaultValue("false") boolean apiDocsPublic) {

  /** Never prints the tokens. */
  @Override
  public String toString() {
    return "ApiSecurityProperties[apiTokens=***, apiTokensFile="
        + apiTokensFile
        + ", authDisabled="
        + authDisabled
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", rateLimit="
        + rateLimit
        + ", rateLimitWorker="
        + rateLimitWorker
        + ", corsAllowedOrigins="
        + corsAllowedOrigins
        + ", apiDocsPublic="
        + apiDocsPublic
        + "]";
  }
}
