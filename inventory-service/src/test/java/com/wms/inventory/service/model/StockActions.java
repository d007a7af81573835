package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The steps of a model sequence, drawn from the state the sequence reached: every operation of the
 * inventory API (well-formed requests, aimed mostly at SKUs, orders, reservations and allocations
 * that exist, sometimes at unknown ones, in any state, with over-picks and refused shortages), the
 * expiry of reservations as time passes, and requests sent again with their Idempotency-Key, with
 * the same body, another body or another token.
 */
final class StockActions {
  private StockActions() {}

  static ActionChainArbitrary<ModelRun> sequences(ModelService service, int steps) {
    return ActionChain.<ModelRun>startWith(() -> new ModelRun(service))
        .withAction(3, step(ANY, run -> create(run)))
        .withAction(6, step(STOCKED, run -> receive(run)))
        .withAction(2, step(STOCKED, run -> adjust(run)))
        .withAction(6, step(STOCKED, run -> reserve(run)))
        .withAction(5, step(RESERVED, FulfilmentSteps::pick))
        .withAction(4, step(RESERVED, FulfilmentSteps::stage))
        .withAction(3, step(ALLOCATED, run -> FulfilmentSteps.allocation(run, "pack")))
        .withAction(3, step(ALLOCATED, run -> FulfilmentSteps.allocation(run, "ship")))
        .withAction(2, step(ALLOCATED, run -> FulfilmentSteps.allocation(run, "return-to-shelf")))
        .withAction(2, step(ANY, run -> release(run)))
        .withAction(3, step(STOCKED, FulfilmentSteps::shortage))
        .withAction(1, expire())
        .withAction(3, Replays.action())
        .withMaxTransformations(steps);
  }

  private static final Predicate<ModelRun> ANY = run -> true;

  /** Stock operations once a SKU exists (they still name a SKU that does not, now and then). */
  private static final Predicate<ModelRun> STOCKED =
      run -> Names.SKUS.stream().anyMatch(run::exists);

  /** Pick and stage once a reservation was made (in whatever state it is now). */
  private static final Predicate<ModelRun> RESERVED = run -> !run.model().reservations().isEmpty();

  /** Pack, ship and return-to-shelf once an allocation was made. */
  private static final Predicate<ModelRun> ALLOCATED = run -> !run.model().allocations().isEmpty();

  /**
   * An action whose request, drawn from the state, carries a fresh key about a third of the time.
   */
  private static Action.Dependent<ModelRun> step(
      Predicate<ModelRun> when, Function<ModelRun, Arbitrary<Command>> commands) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(ModelRun run) {
        return when.test(run);
      }

      @Override
      public Arbitrary<Transformer<ModelRun>> transformer(ModelRun run) {
        return withKey(run, commands.apply(run));
      }
    };
  }

  /** A step that sends the command. */
  static Transformer<ModelRun> sending(Command c) {
    return Transformer.mutate(c.toString(), run -> run.send(c));
  }

  /** About a third of the requests carry a fresh Idempotency-Key. */
  private static Arbitrary<Transformer<ModelRun>> withKey(ModelRun run, Arbitrary<Command> c) {
    return Combinators.combine(c, Arbitraries.integers().between(0, 99))
        .as(
            (command, p) ->
                sending(
                    p < 35
                        ? new Command(
                            command.op(),
                            command.target(),
                            command.body(),
                            command.principal(),
                            run.newKey())
                        : command));
  }

  /** Mostly a SKU that exists; now and then one that does not (yet). */
  static Arbitrary<String> sku(ModelRun run) {
    List<String> existing = Names.SKUS.stream().filter(run::exists).toList();
    return existing.isEmpty()
        ? Arbitraries.of(Names.SKUS)
        : Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.of(existing)), Tuple.of(1, Arbitraries.of(Names.SKUS)));
  }

  static Arbitrary<String> location() {
    return Arbitraries.of(ModelRun.LOCATIONS);
  }

  static Arbitrary<Principal> operator() {
    return Arbitraries.of(Principal.class);
  }

  /** A UUID no one has seen, for requests that name an unknown reservation or allocation. */
  static Arbitrary<String> unknownId() {
    return Arbitraries.longs().map(n -> new UUID(n, ~n).toString());
  }

  private static Arbitrary<Command> create(ModelRun run) {
    return Combinators.combine(
            Arbitraries.of(Names.SKUS),
            Arbitraries.longs().between(0, 5),
            Arbitraries.longs().between(0, 20),
            location().list().uniqueElements().ofMaxSize(2))
        .as(
            (sku, point, quantity, locations) -> {
              ObjectNode body =
                  Json.obj(
                      "sku", sku,
                      "productName", "Model item " + sku.substring(1),
                      "reorderPoint", point,
                      "reorderQuantity", quantity);
              if (!locations.isEmpty()) {
                locations.forEach(body.putArray("locations")::add);
              }
              return new Command("create", null, body, Principal.ADMIN, null);
            });
  }

  private static Arbitrary<Command> receive(ModelRun run) {
    return Combinators.combine(sku(run), location(), Arbitraries.longs().between(1, 40))
        .as(
            (sku, location, quantity) ->
                new Command(
                    "receive",
                    sku,
                    Json.obj("locationId", location, "quantity", quantity, "referenceId", "PO-1"),
                    Principal.ADMIN,
                    null));
  }

  private static Arbitrary<Command> adjust(ModelRun run) {
    Arbitrary<ObjectNode> change =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 30).map(n -> Json.obj("newQuantity", n)),
            Arbitraries.longs().between(-10, 10).map(d -> Json.obj("delta", d)));
    return Combinators.combine(sku(run), location(), change)
        .as(
            (sku, location, c) -> {
              ObjectNode body = Json.obj("locationId", location, "reason", "cycle count");
              body.setAll(c);
              return new Command("adjust", sku, body, Principal.ADMIN, null);
            });
  }

  /** One to three lines, a SKU possibly twice (the lines add up), often more than there is. */
  private static Arbitrary<Command> reserve(ModelRun run) {
    Arbitrary<ObjectNode> line =
        Combinators.combine(sku(run), Arbitraries.longs().between(1, 15))
            .as((sku, quantity) -> Json.obj("sku", sku, "quantity", quantity));
    return Combinators.combine(
            Arbitraries.of(Names.ORDERS), line.list().ofMinSize(1).ofMaxSize(3), operator())
        .as(
            (order, lines, who) -> {
              ObjectNode body = Json.obj("orderId", order);
              body.putArray("items").addAll(lines);
              return new Command("reserve", null, body, who, null);
            });
  }

  private static Arbitrary<Command> release(ModelRun run) {
    return Arbitraries.of(Names.ORDERS)
        .map(order -> new Command("release", order, null, Principal.ADMIN, null));
  }

  private static Action.Independent<ModelRun> expire() {
    return new Action.Independent<>() {
      @Override
      public Arbitrary<Transformer<ModelRun>> transformer() {
        return Arbitraries.integers()
            .between(1, 120)
            .map(
                minutes ->
                    Transformer.mutate(
                        minutes + " minutes pass and the expiry sweep runs",
                        run -> run.expire(Duration.ofMinutes(minutes))));
      }
    };
  }
}
