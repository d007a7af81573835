package com.wms.orchestrator.order;

import static com.wms.security.ApiRole.OPERATOR;
import static com.wms.security.ApiRole.VIEWER;

import com.wms.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which role each order endpoint needs: viewers read orders, operators place and signal them. */
@Configuration(proxyBeanMethods = false)
class OrderAccess {
  private static final String ORDERS = "/api/v1/orders";

  @Bean
  ApiAccessRules orderAccessRules() {
    return ApiAccessRules.of("orders")
        .get(VIEWER, ORDERS, ORDERS + "/*")
        .post(
            OPERATOR,
            ORDERS,
            ORDERS + "/*/pick-completed",
            ORDERS + "/*/packed",
            ORDERS + "/*/cancel",
            ORDERS + "/*/resolve-shortage")
        .build();
  }
}
