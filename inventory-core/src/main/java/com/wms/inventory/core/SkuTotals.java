package com.wms.inventory.core;

/**
 * Every bucket of one SKU summed over locations, reservations and allocations, plus the external
 * flows. Conservation: received + adjustedIn = onHand + shipped + lost + adjustedOut.
 */
public record SkuTotals(
    long available,
    long reserved,
    long picked,
    long staged,
    long packed,
    long received,
    long shipped,
    long lost,
    long adjustedIn,
    long adjustedOut) {

  public static final SkuTotals ZERO = new SkuTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public long onHand() {
    return available + reserved + picked + staged + packed;
  }

  public boolean conserved() {
    return received + adjustedIn == onHand() + shipped + lost + adjustedOut;
  }

  public boolean nonNegative() {
    return available >= 0
        && reserved >= 0
        && picked >= 0
        && staged >= 0
        && packed >= 0
        && received >= 0
        && shipped >= 0
        && lost >= 0
        && adjustedIn >= 0
        && adjustedOut >= 0;
  }

  /** This plus one movement's effect. */
  public SkuTotals plus(Movement m) {
    long[] v = {
      available, reserved, picked, staged, packed, received, shipped, lost, adjustedIn, adjustedOut
    };
    long q = m.quantity();
    switch (m.from()) {
      case RECEIVED -> v[5] += q;
      case ADJUSTED -> v[8] += q;
      case SHIPPED, LOST -> throw new IllegalArgumentException("units never leave " + m.from());
      default -> v[internalIndex(m.from())] -= q;
    }
    switch (m.to()) {
      case SHIPPED -> v[6] += q;
      case LOST -> v[7] += q;
      case ADJUSTED -> v[9] += q;
      case RECEIVED -> throw new IllegalArgumentException("units never enter received");
      default -> v[internalIndex(m.to())] += q;
    }
    return new SkuTotals(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
  }

  private static int internalIndex(Bucket b) {
    return switch (b) {
      case AVAILABLE -> 0;
      case RESERVED -> 1;
      case PICKED -> 2;
      case STAGED -> 3;
      case PACKED -> 4;
      default -> throw new IllegalArgumentException(b + " is external");
    };
  }
}
