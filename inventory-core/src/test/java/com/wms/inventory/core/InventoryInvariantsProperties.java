package com.wms.inventory.core;

import com.wms.inventory.core.InMemoryWarehouse.Kind;
import com.wms.inventory.core.InMemoryWarehouse.Op;
import com.wms.inventory.core.InMemoryWarehouse.Outcome;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of every operation, applied only through the domain's transitions, never break
 * the invariants of the stock model (DESIGN.md section 2).
 */
class InventoryInvariantsProperties {

  @Property
  void everySequenceOfOperationsKeepsTheStockModelInvariants(
      @ForAll("operations") List<Op> operations) {
    InMemoryWarehouse warehouse = new InMemoryWarehouse();
    for (Op op : operations) {
      Outcome outcome = warehouse.apply(op);
      Statistics.label("outcome").collect(op.kind(), outcome);
      warehouse.notable().forEach(path -> Statistics.label("paths").collect(path));
      WarehouseInvariants.assertHold(warehouse);
    }
    Statistics.label("outcome")
        .coverage(
            checker -> {
              for (Kind kind : Kind.values()) {
                checker.check(kind, Outcome.APPLIED).count(n -> n > 0);
              }
            });
    Statistics.label("paths")
        .coverage(
            checker -> {
              checker.check("reserve split over locations").count(n -> n > 0);
              checker.check("stage returned unpicked units").count(n -> n > 0);
              checker.check("shortage cut own reservation").count(n -> n > 0);
              checker.check("shortage cut other order").count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Kind> kinds =
        Arbitraries.frequency(
            Tuple.of(4, Kind.RECEIVE),
            Tuple.of(2, Kind.ADJUST),
            Tuple.of(4, Kind.RESERVE),
            Tuple.of(4, Kind.PICK),
            Tuple.of(3, Kind.STAGE),
            Tuple.of(3, Kind.PACK),
            Tuple.of(3, Kind.SHIP),
            Tuple.of(2, Kind.RETURN_TO_SHELF),
            Tuple.of(2, Kind.RELEASE),
            Tuple.of(1, Kind.RELEASE_ORDER),
            Tuple.of(2, Kind.EXPIRE),
            Tuple.of(3, Kind.SHORTAGE),
            Tuple.of(1, Kind.TICK));
    Arbitrary<Op> op =
        Combinators.combine(
                kinds,
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 29))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
  }
}
