package com.wms.orchestrator.order;

import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.Decision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks order API bodies before anything reaches a workflow: a bad body is a 400, not a stuck
 * order.
 */
final class OrderValidation {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
  private static final int MAX_QTY = 1_000_000;
  private static final Set<String> REASONS = Set.of("not_found", "damaged", "quantity_mismatch");

  private OrderValidation() {}

  static void order(OrderRequest r) {
    id("orderId", r.orderId());
    id("customerId", r.customerId());
    if (r.priority() != null && OrderPriority.ofWire(r.priority()) == null) {
      throw OrderApiException.invalid(
          "priority must be one of same_day, next_day, standard (or urgent, high, normal, low)");
    }
    if (r.items() == null || r.items().isEmpty() || r.items().size() > 200) {
      throw OrderApiException.invalid("items must hold 1 to 200 lines");
    }
    for (OrderLine l : r.items()) {
      if (l == null) {
        throw OrderApiException.invalid("items must not hold null lines");
      }
      id("sku", l.sku());
      quantity("quantity", l.quantity());
    }
  }

  static void pickCompleted(PickCompleted p) {
    id("pickerId", p.pickerId());
    List<PickedItem> picked = p.pickedItems() == null ? List.of() : p.pickedItems();
    List<ShortItem> shortItems = p.shortItems() == null ? List.of() : p.shortItems();
    if (picked.isEmpty() && shortItems.isEmpty()) {
      throw OrderApiException.invalid("report at least one picked or short item");
    }
    if (picked.size() > 200 || shortItems.size() > 200) {
      throw OrderApiException.invalid("report at most 200 picked and 200 short items");
    }
    for (PickedItem i : picked) {
      if (i == null) {
        throw OrderApiException.invalid("pickedItems must not hold null items");
      }
      id("sku", i.sku());
      id("locationId", i.locationId());
      quantity("quantity", i.quantity());
      text("toteId", i.toteId(), 64);
    }
    for (ShortItem s : shortItems) {
      if (s == null) {
        throw OrderApiException.invalid("shortItems must not hold null items");
      }
      id("sku", s.sku());
      id("locationId", s.locationId());
      quantity("requestedQty", s.requestedQty());
      if (s.availableQty() < 0 || s.availableQty() >= s.requestedQty()) {
        throw OrderApiException.invalid("availableQty must be 0 or more and below requestedQty");
      }
      if (s.reason() == null || !REASONS.contains(s.reason())) {
        throw OrderApiException.invalid(
            "reason must be one of not_found, damaged, quantity_mismatch");
      }
    }
  }

  static Decision decision(String decision) {
    if ("ship".equals(decision)) {
      return Decision.SHIP;
    }
    if ("cancel".equals(decision)) {
      return Decision.CANCEL;
    }
    throw OrderApiException.invalid("decision must be ship or cancel");
  }

  static void id(String field, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw OrderApiException.invalid(
          field
              + " is required: 1 to 64 letters, digits or . _ : - starting with a letter or digit");
    }
  }

  static String text(String field, String value) {
    return text(field, value, 500);
  }

  /** Optional free text: at most {@code max} characters, no control characters, valid Unicode. */
  static String text(String field, String value, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw OrderApiException.invalid(field + " must be at most " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw OrderApiException.invalid(field + " must not contain control characters");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw OrderApiException.invalid(field + " must be valid Unicode text");
      }
    }
    return value;
  }

  /** A status filter of the order list: one of the known statuses, or none. */
  static OrderStatus status(String status) {
    if (status == null) {
      return null;
    }
    OrderStatus known = OrderStatus.ofWire(status);
    if (known == null) {
      throw OrderApiException.invalid(
          "status must be one of "
              + Arrays.stream(OrderStatus.values()).map(OrderStatus::wire).toList());
    }
    return known;
  }

  private static void quantity(String field, int q) {
    if (q <= 0 || q > MAX_QTY) {
      throw OrderApiException.invalid(field + " must be between 1 and " + MAX_QTY);
    }
  }
}
