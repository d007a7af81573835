package com.wms.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem+json answer an endpoint gives besides the ones every endpoint shares (400, 401, 403,
 * 413, 415, which {@link ApiDocumentation} adds from the security rules): its HTTP status and the
 * stable codes it carries. The OpenAPI document is built from these, so it names exactly the codes
 * the code can answer. Refusals that several endpoints share can be written once on an annotation
 * of their own (a meta-annotation) that the endpoints carry instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(Refusal.List.class)
public @interface Refusal {
  /** The HTTP status, e.g. 404. */
  int status();

  /** The {@code code} values of the problem, e.g. {@code UNKNOWN_ORDER}. */
  String[] codes();

  /** Holds repeated {@link Refusal}s. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @interface List {
    Refusal[] value();
  }
}
