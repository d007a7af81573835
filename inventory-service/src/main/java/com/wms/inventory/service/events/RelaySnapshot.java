package com.wms.inventory.service.events;

import java.util.List;

/**
 * A PostgreSQL snapshot as {@code pg_snapshot} prints it, {@code xmin:xmax:xip,...}: a row whose
 * transaction id is below {@code xmax} and not among {@code xip} was committed (or rolled back)
 * when the snapshot was taken; every other row was not visible yet.
 */
record RelaySnapshot(String text, String xmax, String xip) {

  static RelaySnapshot parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a pg_snapshot: " + text);
    }
    List<String> inProgress = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","));
    return new RelaySnapshot(text, parts[1], "{" + String.join(",", inProgress) + "}");
  }
}
