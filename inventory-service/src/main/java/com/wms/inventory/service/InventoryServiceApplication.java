package com.wms.inventory.service;

import com.wms.events.EventsConfiguration;
import com.wms.security.ApiSecurityConfiguration;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The inventory HTTP service: owns all stock state in PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({ApiSecurityConfiguration.class, EventsConfiguration.class})
public class InventoryServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(InventoryServiceApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Generates reservation and allocation ids; a bean so tests can make them predictable. */
  @Bean
  Supplier<UUID> idGenerator() {
    return UUID::randomUUID;
  }
}
