package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.orchestrator.order.LineState;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line-state rule: the furthest step a line's units reached, for every state. */
class OrderLinesTest {
  private static final Set<LineState> SEEN = EnumSet.noneOf(LineState.class);

  @ParameterizedTest(
      name =
          "reserved {0} picked {1} staged {2} packed {3} shipped {4} short {5} backordered {6}"
              + " returned {7} released {8} -> {9}")
  @CsvSource({
    "0, 0, 0, 0, 0, 0, 0, 0, 0, PENDING",
    "4, 0, 0, 0, 0, 0, 0, 0, 0, RESERVED",
    "4, 4, 0, 0, 0, 0, 0, 0, 0, PICKED",
    "4, 0, 0, 0, 0, 0, 0, 0, 4, RELEASED",
    "4, 2, 0, 0, 0, 0, 0, 0, 4, RELEASED",
    "6, 0, 0, 0, 0, 6, 0, 0, 0, SHORT",
    "6, 0, 0, 0, 0, 6, 0, 0, 6, SHORT",
    "4, 4, 4, 0, 0, 0, 0, 0, 0, STAGED",
    "6, 2, 2, 0, 0, 4, 0, 0, 4, STAGED",
    "4, 4, 4, 4, 0, 0, 0, 0, 0, PACKED",
    "4, 4, 4, 4, 4, 0, 0, 0, 0, SHIPPED",
    "6, 2, 2, 2, 2, 4, 4, 0, 4, SHIPPED",
    "6, 0, 0, 0, 0, 6, 6, 0, 0, BACKORDERED",
    "6, 2, 2, 2, 0, 4, 4, 0, 0, PACKED",
    "4, 4, 4, 0, 0, 0, 0, 4, 0, RETURNED",
    "4, 4, 4, 4, 0, 0, 0, 4, 0, RETURNED"
  })
  void aLineIsInTheFurthestStepItsUnitsReached(
      long reserved,
      long picked,
      long staged,
      long packed,
      long shipped,
      long shortQty,
      long backordered,
      long returned,
      long released,
      LineState expected) {
    OrderLines.Line line = new OrderLines.Line("SKU-1");
    line.requested = (int) Math.max(reserved, 1);
    line.reserved = reserved;
    line.picked = picked;
    line.staged = staged;
    line.packed = packed;
    line.shipped = shipped;
    line.shortQty = shortQty;
    line.backordered = backordered;
    line.returned = returned;
    line.released = released;

    assertThat(OrderLines.state(line)).isEqualTo(expected);
    assertThat(OrderLines.view(line).state()).isEqualTo(expected);
    SEEN.add(expected);
  }

  @AfterAll
  static void everyStateIsCovered() {
    assertThat(SEEN).containsExactlyInAnyOrder(LineState.values());
  }
}
