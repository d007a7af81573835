package com.wms.contract;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Test-only auto-configuration (listed in this test jar's AutoConfiguration.imports): every Spring
 * Boot web application a test JVM starts, by whichever harness, checks its answers against the
 * committed OpenAPI document.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ContractAutoConfiguration {

  @Bean
  FilterRegistrationBean<ContractFilter> apiContractFilter() {
    FilterRegistrationBean<ContractFilter> registration =
        new FilterRegistrationBean<>(new ContractFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }
}
