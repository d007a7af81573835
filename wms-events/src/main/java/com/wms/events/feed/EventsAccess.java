package com.wms.events.feed;

import static com.wms.security.ApiRole.VIEWER;

import com.wms.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feed is read-only: viewers may follow it. */
@Configuration(proxyBeanMethods = false)
class EventsAccess {
  @Bean
  ApiAccessRules eventsAccessRules() {
    return ApiAccessRules.of("events").get(VIEWER, "/api/v1/events").build();
  }
}
