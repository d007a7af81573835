package com.wms.app.config;

/** The wms commands, as the scope of the settings each reads. */
public enum Use {
  DEV,
  INVENTORY_SERVICE,
  WORKER,
  AUDIT,
  DEMO,
  SOAK
}
