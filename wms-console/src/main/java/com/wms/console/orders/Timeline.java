package com.wms.console.orders;

import com.wms.inventory.api.LedgerEntry;
import com.wms.orchestrator.order.OrderBoard.Notice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to an order, oldest first: its ledger movements (who moved how many units of which
 * SKU from which bucket to which) and its notifications (status changes the order side announced).
 */
public final class Timeline {
  private Timeline() {}

  /** One line of the timeline. */
  public record Event(Instant at, String kind, String what, String who) {}

  /** Who the request named (a picker, a packer) and whose token made it, as far as known. */
  private static String who(LedgerEntry m) {
    if (m.actor() != null && m.principal() != null && !m.actor().equals(m.principal())) {
      return m.actor() + " (" + m.principal() + ")";
    }
    return m.principal() != null ? m.principal() : m.actor() == null ? "unknown" : m.actor();
  }

  static List<Event> of(List<LedgerEntry> movements, List<Notice> notices) {
    List<Event> events = new ArrayList<>();
    for (LedgerEntry m : movements) {
      events.add(
          new Event(
              m.createdAt(),
              m.operation(),
              m.quantity()
                  + " × "
                  + m.sku()
                  + ": "
                  + m.from()
                  + " → "
                  + m.to()
                  + (m.locationId() == null ? "" : " at " + m.locationId())
                  + (m.reason() == null ? "" : " (" + m.reason() + ")"),
              who(m)));
    }
    for (Notice n : notices) {
      events.add(new Event(n.createdAt(), n.event(), n.message(), "order side"));
    }
    events.sort(Comparator.comparing(Event::at));
    return events;
  }
}
