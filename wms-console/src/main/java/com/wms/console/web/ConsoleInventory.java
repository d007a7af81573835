package com.wms.console.web;

import com.wms.inventory.client.InventoryClient;
import org.springframework.stereotype.Component;

/**
 * The inventory API as the signed-in person: every call carries their own token, so the inventory
 * service checks their role and writes their principal on the ledger.
 */
@Component
public class ConsoleInventory {
  private final InventoryClient client;

  ConsoleInventory(InventoryClient client) {
    this.client = client;
  }

  /** The client that calls as {@code user}. */
  public InventoryClient as(ConsoleUser user) {
    return client.withBearerToken(user.token());
  }
}
