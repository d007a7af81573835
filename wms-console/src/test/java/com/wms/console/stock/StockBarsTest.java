package com.wms.console.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LocationView;
import com.wms.inventory.api.Totals;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockBarsTest {

  @Test
  void barsShareOneScaleAndStackTheirBucketsInLifecycleOrder() {
    ItemView item =
        new ItemView(
            "SKU-1",
            "Widget",
            5,
            10,
            false,
            new Totals(6, 2, 1, 1, 0, 10, 12, 2, 0, 0, 0),
            List.of(new LocationView("A-01", 4, 2), new LocationView("B-02", 2, 0)),
            List.of(),
            List.of());

    StockBars bars = StockBars.of(item);

    assertThat(bars.total().units()).isEqualTo(10);
    assertThat(bars.total().segments())
        .extracting(
            StockBars.Segment::bucket,
            StockBars.Segment::units,
            StockBars.Segment::x,
            StockBars.Segment::width)
        .containsExactly(
            tuple("available", 6L, 0.0, 60.0),
            tuple("reserved", 2L, 60.0, 20.0),
            tuple("picked", 1L, 80.0, 10.0),
            tuple("staged", 1L, 90.0, 10.0));
    assertThat(bars.locations())
        .extracting(StockBars.Bar::label, StockBars.Bar::units)
        .containsExactly(tuple("A-01", 6L), tuple("B-02", 2L));
    assertThat(bars.locations().get(1).segments().get(0).width()).isEqualTo(20.0);
    assertThat(bars.all()).hasSize(3).first().isEqualTo(bars.total());
  }

  @Test
  void anEmptySkuHasEmptyBars() {
    ItemView item =
        new ItemView(
            "SKU-2",
            "Empty",
            0,
            0,
            true,
            new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of());

    assertThat(StockBars.of(item).total().segments()).isEmpty();
    assertThat(StockBars.of(item).locations()).isEmpty();
  }
}
