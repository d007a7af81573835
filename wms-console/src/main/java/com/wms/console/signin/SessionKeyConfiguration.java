package com.wms.console.signin;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie, sealed under the console's secret in the database ({@link ConsoleSecret}).
 */
@Configuration(proxyBeanMethods = false)
class SessionKeyConfiguration {
  /** How long a sign-in lasts (a working day and a half). */
  private static final Duration LIFETIME = Duration.ofHours(12);

  /** After Flyway has migrated the inventory schema (dev), so that it finds its own tables only. */
  @Bean
  @DependsOnDatabaseInitialization
  SessionCookie sessionCookie(DataSource dataSource) {
    return new SessionCookie(ConsoleSecret.load(dataSource), Clock.systemUTC(), LIFETIME);
  }
}
