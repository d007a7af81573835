package com.wms.console;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operator console: server-rendered pages under {@code /console/} over the inventory API (with
 * the signed-in person's token) and the order side. Import it beside the orchestrator ({@code wms
 * dev}, {@code wms worker}). It keeps nothing in memory between requests, so any number of replicas
 * serve it.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan("com.wms.console")
public class ConsoleConfiguration implements WebMvcConfigurer {

  /**
   * The console's own styles and scripts, and htmx from its WebJar without a version in the path
   * (the WebJars locator finds it): everything the pages load comes from this server.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/console/assets/**")
        .addResourceLocations(
            "classpath:/static/console/", "classpath:/META-INF/resources/webjars/")
        .setCacheControl(CacheControl.maxAge(1, TimeUnit.HOURS))
        .resourceChain(true);
  }
}
