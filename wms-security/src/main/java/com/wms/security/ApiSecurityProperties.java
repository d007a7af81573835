package com.wms.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code wms.security}, read from the environment variables in
 * wms-security.properties.
 *
 * @param apiTokens {@code WMS_API_TOKENS}: {@code token=role} pairs separated by commas
 * @param authDisabled {@code WMS_AUTH_DISABLED}: true lets every request through as admin
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 * @param apiDocsPublic {@code WMS_API_DOCS_PUBLIC}: true serves the OpenAPI document and Swagger UI
 *     to anyone ({@code wms dev} does); otherwise they need the viewer role
 */
@ConfigurationProperties("wms.security")
public record ApiSecurityProperties(
    @DefaultValue("") String apiTokens,
    @DefaultValue("false") boolean authDisabled,
    @DefaultValue("65536") int maxBodyBytes,
    @DefaultValue("false") boolean apiDocsPublic) {

  /** Never prints the tokens. */
  @Override
  public String toString() {
    return "ApiSecurityProperties[apiTokens=***, authDisabled="
        + authDisabled
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", apiDocsPublic="
        + apiDocsPublic
        + "]";
  }
}
