package com.wms.inventory.service.stock;

import com.wms.events.EventOutbox;
import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.core.Change;
import com.wms.inventory.core.Identifiers;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.Quantity;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.events.InventoryEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units entering the warehouse and corrections: create SKU, receive, adjust. */
@Service
@Transactional
public class ReceivingService {
  private final SkuRepository skus;
  private final LocationRepository locations;
  private final MovementWriter writer;
  private final StockQueries queries;
  private final EventOutbox events;

  ReceivingService(
      SkuRepository skus,
      LocationRepository locations,
      MovementWriter writer,
      StockQueries queries,
      EventOutbox events) {
    this.skus = skus;
    this.locations = locations;
    this.writer = writer;
    this.queries = queries;
    this.events = events;
  }

  /** Creates a SKU and, in the same transaction, its item-created event. */
  public ItemView create(CreateItemRequest request, Caller caller) {
    Sku sku = Sku.of(request.sku());
    String name = Identifiers.text("productName", request.productName(), 200);
    if (name == null || name.isBlank()) {
      throw InventoryException.invalid("productName is required");
    }
    long reorderPoint = nonNegative("reorderPoint", request.reorderPoint());
    long reorderQuantity = nonNegative("reorderQuantity", request.reorderQuantity());
    List<LocationId> initial =
        request.locations() == null
            ? List.of()
            : request.locations().stream().map(l -> LocationId.of("locations", l)).toList();
    if (initial.size() > 100) {
      throw InventoryException.invalid("at most 100 locations may be given");
    }
    skus.insert(sku, name, reorderPoint, reorderQuantity);
    initial.forEach(l -> locations.ensure(sku, l));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sku", sku.value());
    data.put("productName", name);
    data.put("reorderPoint", reorderPoint);
    data.put("reorderQuantity", reorderQuantity);
    data.put("locations", initial.stream().map(LocationId::value).toList());
    data.put("lowStock", true);
    data.put("principal", caller.principal());
    events.append(InventoryEvents.STREAM, InventoryEvents.ITEM_CREATED, sku.value(), data);
    return queries.item(sku);
  }

  public ItemView receive(Sku sku, ReceiveRequest request, Caller caller) {
    LocationId location = LocationId.of(request.locationId());
    Quantity quantity = Quantity.of("quantity", request.quantity());
    String reference = Identifiers.text("referenceId", request.referenceId(), 128);
    skus.lock(sku);
    Change<LocationStock> change = locations.ensured(sku, location).receive(quantity);
    writer.write(change.movements(), caller.context("receive", reference));
    return queries.item(sku);
  }

  public ItemView adjust(Sku sku, AdjustRequest request, Caller caller) {
    LocationId location = LocationId.of(request.locationId());
    String reason = Identifiers.text("reason", request.reason(), 500);
    if ((request.newQuantity() == null) == (request.delta() == null)) {
      throw InventoryException.invalid("give exactly one of newQuantity and delta");
    }
    // Checked here because LocationStock.adjustBy bounds |delta| with Math.abs, which overflows
    // for Long.MIN_VALUE and let that delta through as a business refusal instead of a 400.
    if (request.delta() != null
        && (request.delta() < -Quantity.MAX || request.delta() > Quantity.MAX)) {
      throw InventoryException.invalid(
          "delta must be between -" + Quantity.MAX + " and " + Quantity.MAX);
    }
    skus.lock(sku);
    LocationStock shelf = locations.ensured(sku, location);
    Change<LocationStock> change =
        request.newQuantity() != null
            ? shelf.countedAs(request.newQuantity())
            : shelf.adjustBy(request.delta());
    writer.write(change.movements(), caller.context("adjust", reason));
    return queries.item(sku);
  }

  private static long nonNegative(String field, Long value) {
    if (value == null) {
      return 0;
    }
    if (value < 0 || value > Quantity.MAX) {
      throw InventoryException.invalid(field + " must be between 0 and " + Quantity.MAX);
    }
    return value;
  }
}
