package com.wms.inventory.service.web;

import com.wms.inventory.core.ErrorCode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes an inventory endpoint answers besides those every endpoint shares; {@link
 * InventoryApiDocs} turns them into problem answers of the OpenAPI document, each under the status
 * {@link ProblemHandler#status} gives its kind.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Refuses {
  ErrorCode[] value();
}
