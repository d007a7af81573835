package com.wms.console.stock;

import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LocationView;
import com.wms.inventory.api.Totals;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacked bars of a SKU page, as SVG geometry: one bar for the whole SKU (available, reserved,
 * picked, staged, packed) and one per location (available, reserved), all on one scale so their
 * lengths compare. Widths are percentages of the longest bar.
 */
public record StockBars(Bar total, List<Bar> locations) {

  /** One labelled bar of segments. */
  public record Bar(String label, long units, List<Segment> segments) {}

  /** One bucket's part of a bar: where it starts and how wide it is, in percent. */
  public record Segment(String bucket, long units, double x, double width) {}

  /** The total bar first, then one per location. */
  public List<Bar> all() {
    List<Bar> all = new ArrayList<>();
    all.add(total);
    all.addAll(locations);
    return all;
  }

  static StockBars of(ItemView item) {
    Totals t = item.totals();
    long max = Math.max(1, t.onHand());
    for (LocationView l : item.locations()) {
      max = Math.max(max, l.available() + l.reserved());
    }
    Bar total =
        bar(
            "All locations",
            max,
            new String[] {"available", "reserved", "picked", "staged", "packed"},
            new long[] {t.available(), t.reserved(), t.picked(), t.staged(), t.packed()});
    List<Bar> locations = new ArrayList<>();
    for (LocationView l : item.locations()) {
      locations.add(
          bar(
              l.locationId(),
              max,
              new String[] {"available", "reserved"},
              new long[] {l.available(), l.reserved()}));
    }
    return new StockBars(total, locations);
  }

  private static Bar bar(String label, long max, String[] buckets, long[] units) {
    List<Segment> segments = new ArrayList<>();
    double x = 0;
    long sum = 0;
    for (int i = 0; i < buckets.length; i++) {
      if (units[i] > 0) {
        double width = 100.0 * units[i] / max;
        segments.add(new Segment(buckets[i], units[i], x, width));
        x += width;
        sum += units[i];
      }
    }
    return new Bar(label, sum, segments);
  }
}
