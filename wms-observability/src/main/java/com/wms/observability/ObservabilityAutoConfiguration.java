package com.wms.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every WMS process with an HTTP API shares: the request's log fields. The rest (tracing on or
 * off, OTLP export, JSON logs, histograms) is decided from the environment by {@link
 * ObservabilityEnvironment} before the application starts.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ObservabilityAutoConfiguration {

  @Bean
  WebMvcConfigurer requestLogFields() {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestLogFields());
      }
    };
  }
}
