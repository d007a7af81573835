package com.wms.inventory.client;

import static com.wms.inventory.client.HttpTransport.segment;

import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.AuditReport;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.OrderLedger;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.PickRequest;
import com.wms.inventory.api.PickResponse;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.api.ReleaseResponse;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.api.ShipRequest;
import com.wms.inventory.api.ShortageRequest;
import com.wms.inventory.api.ShortageResponse;
import com.wms.inventory.api.StageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The inventory HTTP API ({@code /api/v1}) as Java calls. Every mutation takes the Idempotency-Key
 * to send: a replay with the same key returns the first response and moves nothing. Failures are
 * {@link InventoryProblemException} (refused, do not retry) or {@link
 * InventoryUnavailableException} (transient, retry with the same key). Thread-safe.
 */
public final class InventoryClient {
  private static final String API = "/api/v1";

  private final InventoryClientConfig config;
  private final HttpTransport http;
  private final String token;

  public InventoryClient(InventoryClientConfig config) {
    this(config, ExchangeInterceptor.NONE);
  }

  /** A client whose every HTTP exchange goes through {@code interceptor} (e.g. to be traced). */
  public InventoryClient(InventoryClientConfig config, ExchangeInterceptor interceptor) {
    this(
        Objects.requireNonNull(config, "config"),
        new HttpTransport(config, Objects.requireNonNull(interceptor, "interceptor")),
        config.bearerToken());
  }

  private InventoryClient(InventoryClientConfig config, HttpTransport http, String token) {
    this.config = config;
    this.http = http;
    this.token = token;
  }

  public InventoryClientConfig config() {
    return config;
  }

  /**
   * This client sending another bearer token (none when null), sharing its connections: the console
   * calls the service with the signed-in person's own token, so the service checks that person's
   * role and records their principal on the ledger.
   */
  public InventoryClient withBearerToken(String bearerToken) {
    return new InventoryClient(
        config, http, bearerToken == null || bearerToken.isBlank() ? null : bearerToken);
  }

  /** {@code POST /inventory}: registers a SKU. */
  public ItemView createItem(CreateItemRequest request, String idempotencyKey) {
    return http.post(API + "/inventory", request, idempotencyKey, token, ItemView.class);
  }

  /** {@code POST /inventory/{sku}/receive}: received → available(L). */
  public ItemView receive(String sku, ReceiveRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "receive"), request, idempotencyKey, token, ItemView.class);
  }

  /** {@code POST /inventory/reserve}: available(L) → reserved(R) for every line, or nothing. */
  public ReserveResponse reserve(ReserveRequest request, String idempotencyKey) {
    return http.post(
        API + "/inventory/reserve", request, idempotencyKey, token, ReserveResponse.class);
  }

  /** {@code POST /inventory/release/{orderId}}: every open reservation back to available. */
  public ReleaseResponse release(String orderId, String idempotencyKey) {
    String path = API + "/inventory/release/" + segment("orderId", orderId);
    return http.post(path, null, idempotencyKey, token, ReleaseResponse.class);
  }

  /** {@code POST /inventory/{sku}/pick}: reserved(R) → picked(R) at one location. */
  public PickResponse pick(String sku, PickRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "pick"), request, idempotencyKey, token, PickResponse.class);
  }

  /** {@code POST /inventory/{sku}/stage}: picked(R)/reserved(R) → staged(A), a new allocation. */
  public AllocationView stage(String sku, StageRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "stage"), request, idempotencyKey, token, AllocationView.class);
  }

  /** {@code POST /inventory/{sku}/pack}: staged(A) → packed(A). */
  public AllocationView pack(String sku, PackRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "pack"), request, idempotencyKey, token, AllocationView.class);
  }

  /** {@code POST /inventory/{sku}/ship}: packed(A) → shipped. */
  public AllocationView ship(String sku, ShipRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "ship"), request, idempotencyKey, token, AllocationView.class);
  }

  /** {@code POST /inventory/{sku}/return-to-shelf}: staged(A)/packed(A) → available(L). */
  public AllocationView returnToShelf(
      String sku, ReturnToShelfRequest request, String idempotencyKey) {
    return http.post(
        skuPath(sku, "return-to-shelf"), request, idempotencyKey, token, AllocationView.class);
  }

  /** {@code POST /inventory/{sku}/shortage}: units the shelf did not have → lost. */
  public ShortageResponse recordShortage(
      String sku, ShortageRequest request, String idempotencyKey) {
    return http.post(
        skuPath(sku, "shortage"), request, idempotencyKey, token, ShortageResponse.class);
  }

  /** {@code GET /inventory/{sku}}: balances, open reservations and allocations. */
  public ItemView getItem(String sku) {
    return http.get(API + "/inventory/" + segment("sku", sku), token, ItemView.class);
  }

  /** {@code GET /inventory/{sku}/ledger?after=&limit=}: a page of the SKU's movements. */
  public LedgerPage getLedger(String sku, long after, int limit) {
    return http.get(
        skuPath(sku, "ledger") + "?after=" + after + "&limit=" + limit, token, LedgerPage.class);
  }

  /** {@code GET /orders/{orderId}/inventory}: every reservation and allocation of the order. */
  public OrderInventoryView getOrderInventory(String orderId) {
    return http.get(
        API + "/orders/" + segment("orderId", orderId) + "/inventory",
        token,
        OrderInventoryView.class);
  }

  /** {@code POST /inventory/{sku}/adjust}: a cycle count or correction, available ↔ adjusted. */
  public ItemView adjust(String sku, AdjustRequest request, String idempotencyKey) {
    return http.post(skuPath(sku, "adjust"), request, idempotencyKey, token, ItemView.class);
  }

  /**
   * {@code GET /inventory?lowStock=&after=&limit=}: SKUs in SKU order after {@code after} (null:
   * from the first), the low-stock ones only when asked.
   */
  public List<ItemSummary> listItems(boolean lowStock, String after, int limit) {
    String query =
        "?lowStock="
            + lowStock
            + "&limit="
            + limit
            + (after == null ? "" : "&after=" + query(after));
    return List.of(http.get(API + "/inventory" + query, token, ItemSummary[].class));
  }

  /**
   * {@code GET /inventory/{sku}/ledger?order=desc&before=&limit=}: a page of the SKU's movements,
   * newest first, older than {@code before} (null: from the newest).
   */
  public LedgerPage getLedgerNewestFirst(String sku, Long before, int limit) {
    String query = "?order=desc&limit=" + limit + (before == null ? "" : "&before=" + before);
    return http.get(skuPath(sku, "ledger") + query, token, LedgerPage.class);
  }

  /** {@code GET /orders/{orderId}/ledger}: the movements that name the order, oldest first. */
  public OrderLedger getOrderLedger(String orderId, int limit) {
    return http.get(
        API + "/orders/" + segment("orderId", orderId) + "/ledger?limit=" + limit,
        token,
        OrderLedger.class);
  }

  /** {@code GET /audit}: every balance recomputed from the ledger, conservation per SKU. */
  public AuditReport audit() {
    return http.get(API + "/audit", token, AuditReport.class);
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String skuPath(String sku, String action) {
    return API + "/inventory/" + segment("sku", sku) + "/" + action;
  }
}
