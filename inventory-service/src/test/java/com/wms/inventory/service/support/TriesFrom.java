package com.wms.inventory.service.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a system property override the tries of a jqwik property, so that {@code mvn verify} runs
 * the bounded number its {@code @Property(tries = ...)} names and a documented long run asks for
 * more, e.g. {@code -Dwms.fuzz.cases=100000}.
 *
 * <pre>{@code
 * @Property(tries = 1500)
 * @TriesFrom("wms.fuzz.cases")
 * void badInputNeverBreaksTheApi(...) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(TriesFrom.Hook.class)
public @interface TriesFrom {
  /** The system property holding the number of tries. */
  String value();

  /** Sets the tries from the system property the annotation names, when it is set. */
  final class Hook implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      context
          .findAnnotation(TriesFrom.class)
          .map(a -> Integer.getInteger(a.value()))
          .ifPresent(n -> context.attributes().setTries(n));
      return property.execute();
    }
  }
}
