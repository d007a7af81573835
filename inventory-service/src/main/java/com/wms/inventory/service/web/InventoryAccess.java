package com.wms.inventory.service.web;

import static com.wms.security.ApiRole.ADMIN;
import static com.wms.security.ApiRole.OPERATOR;
import static com.wms.security.ApiRole.VIEWER;

import com.wms.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which role each inventory endpoint needs: viewers read, operators move stock through the order
 * lifecycle, admins change the catalog and correct stock (create, receive, adjust, release).
 */
@Configuration(proxyBeanMethods = false)
class InventoryAccess {
  private static final String INV = "/api/v1/inventory";

  @Bean
  ApiAccessRules inventoryAccessRules() {
    return ApiAccessRules.of("inventory")
        .get(
            VIEWER,
            INV,
            INV + "/**",
            "/api/v1/orders/*/inventory",
            "/api/v1/orders/*/ledger",
            "/api/v1/audit")
        .post(
            OPERATOR,
            INV + "/reserve",
            INV + "/*/pick",
            INV + "/*/stage",
            INV + "/*/pack",
            INV + "/*/ship",
            INV + "/*/return-to-shelf",
            INV + "/*/shortage")
        .post(ADMIN, INV, INV + "/*/receive", INV + "/*/adjust", INV + "/release/*")
        .build();
  }
}
