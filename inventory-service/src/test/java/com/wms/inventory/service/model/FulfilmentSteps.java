package com.wms.inventory.service.model;

import static com.wms.inventory.service.model.StockActions.location;
import static com.wms.inventory.service.model.StockActions.operator;
import static com.wms.inventory.service.model.StockActions.sku;
import static com.wms.inventory.service.model.StockActions.unknownId;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Pick, stage, pack, ship, return-to-shelf and shortage requests of a model sequence: aimed at the
 * reservations and allocations the sequence made (in whatever state they are now), sometimes at
 * ones that do not exist or at the wrong SKU, and with quantities that may exceed what is there.
 */
final class FulfilmentSteps {
  private FulfilmentSteps() {}

  static Arbitrary<Command> pick(ModelRun run) {
    List<ModelReservation> open =
        run.model().reservations().values().stream().filter(ModelReservation::open).toList();
    Arbitrary<Command> anywhere =
        Combinators.combine(
                Arbitraries.of(Names.ORDERS),
                sku(run),
                location(),
                Arbitraries.longs().between(1, 5),
                operator())
            .as((order, sku, location, quantity, who) -> pick(order, sku, location, quantity, who));
    if (open.isEmpty()) {
      return anywhere;
    }
    Arbitrary<Command> aimed =
        Combinators.combine(Arbitraries.of(open), Arbitraries.longs().between(1, 100), operator())
            .as(
                (r, percent, who) ->
                    pick(
                        run.names.symbol(r.order),
                        run.names.symbol(r.sku),
                        r.location,
                        Math.max(1, r.reserved * percent / 80),
                        who));
    return Arbitraries.frequencyOf(Tuple.of(4, aimed), Tuple.of(1, anywhere));
  }

  private static Command pick(String order, String sku, String location, long n, Principal who) {
    return new Command(
        "pick",
        sku,
        Json.obj("orderId", order, "locationId", location, "quantity", n, "createdBy", "picker"),
        who,
        null);
  }

  /** Stage an open reservation mostly; now and then a closed one, another SKU or an unknown id. */
  static Arbitrary<Command> stage(ModelRun run) {
    List<String[]> open = new ArrayList<>();
    List<String[]> any = new ArrayList<>();
    for (ModelReservation r : run.model().reservations().values()) {
      (r.open() ? open : any).add(new String[] {run.names.symbol(r.id), run.names.symbol(r.sku)});
    }
    any.addAll(open);
    Arbitrary<String[]> target = target(run, open, any);
    return Combinators.combine(target, Arbitraries.of("STAGE-1", "STAGE-2"), operator())
        .as(
            (t, staging, who) ->
                new Command(
                    "stage",
                    t[1],
                    Json.obj(
                        "reservationId", t[0], "stagingLocationId", staging, "stagedBy", "stager"),
                    who,
                    null));
  }

  /**
   * Pack, ship or return-to-shelf: mostly of an allocation in the state the step needs, now and
   * then of one in any state, under another SKU, or unknown.
   */
  static Arbitrary<Command> allocation(ModelRun run, String op) {
    List<String> from =
        switch (op) {
          case "pack" -> List.of("staged");
          case "ship" -> List.of("packed");
          default -> List.of("staged", "packed");
        };
    List<String[]> ready = new ArrayList<>();
    List<String[]> any = new ArrayList<>();
    for (ModelAllocation a : run.model().allocations().values()) {
      String[] t = {run.names.symbol(a.id), run.names.symbol(a.sku)};
      any.add(t);
      if (from.contains(a.status)) {
        ready.add(t);
      }
    }
    return Combinators.combine(target(run, ready, any), operator())
        .as(
            (t, who) -> {
              var body = Json.obj("allocationId", t[0]);
              switch (op) {
                case "pack" -> body.put("packedBy", "packer");
                case "ship" -> body.put("shippedBy", "shipper");
                default -> body.put("returnedBy", "clerk").put("reason", "order cancelled");
              }
              return new Command(op, t[1], body, who, null);
            });
  }

  /** An {id, sku} pair: a ready one (60 %), any known one (25 %), or a wrong SKU or id (15 %). */
  private static Arbitrary<String[]> target(
      ModelRun run, List<String[]> ready, List<String[]> any) {
    Arbitrary<String[]> unknown =
        Combinators.combine(unknownId(), sku(run)).as((id, sku) -> new String[] {id, sku});
    if (any.isEmpty()) {
      return unknown;
    }
    Arbitrary<String[]> wrongSku =
        Combinators.combine(Arbitraries.of(any), sku(run)).as((t, sku) -> new String[] {t[0], sku});
    List<Tuple.Tuple2<Integer, Arbitrary<String[]>>> choices = new ArrayList<>();
    if (!ready.isEmpty()) {
      choices.add(Tuple.of(12, Arbitraries.of(ready)));
    }
    choices.add(Tuple.of(5, Arbitraries.of(any)));
    choices.add(Tuple.of(1, wrongSku));
    choices.add(Tuple.of(2, unknown));
    return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
  }

  /**
   * A picker finds fewer units than expected; the expected quantity may exceed the shelf, the
   * location may be one the SKU never had, and now and then the report is invalid (nothing missing,
   * or an unknown reason).
   */
  static Arbitrary<Command> shortage(ModelRun run) {
    Arbitrary<String> order = Arbitraries.of(Names.ORDERS).injectNull(0.2);
    Arbitrary<String> reason =
        Arbitraries.frequencyOf(
            Tuple.of(19, Arbitraries.of("not_found", "damaged", "quantity_mismatch")),
            Tuple.of(1, Arbitraries.just("stolen")));
    Arbitrary<long[]> quantities =
        Combinators.combine(Arbitraries.longs().between(1, 40), Arbitraries.longs().between(0, 100))
            .as((expected, percent) -> new long[] {expected, expected * percent / 100});
    return Combinators.combine(sku(run), location(), order, quantities, reason, operator())
        .as(
            (sku, location, o, q, why, who) ->
                new Command(
                    "shortage",
                    sku,
                    Json.obj(
                        "locationId",
                        location,
                        "orderId",
                        o,
                        "expectedQty",
                        q[0],
                        "actualQty",
                        q[1],
                        "reason",
                        why,
                        "reportedBy",
                        "picker"),
                    who,
                    null));
  }
}
