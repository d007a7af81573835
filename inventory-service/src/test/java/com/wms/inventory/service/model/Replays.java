package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * A request sent again, mostly one whose first answer was kept, with the Idempotency-Key of an
 * earlier one: with the same body (a replay of the first answer, or a fresh run when the first was
 * refused), with another body (refused as a reused key once the first succeeded), or under the
 * other token (a request of its own).
 */
final class Replays {
  private static final List<String> ADMIN_ONLY = List.of("create", "receive", "adjust", "release");

  private Replays() {}

  static Action.Dependent<ModelRun> action() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(ModelRun run) {
        return !run.keyed.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<ModelRun>> transformer(ModelRun run) {
        Arbitrary<Command> earlier =
            run.kept.isEmpty()
                ? Arbitraries.of(run.keyed)
                : Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.of(run.kept)), Tuple.of(1, Arbitraries.of(run.keyed)));
        return Combinators.combine(earlier, Arbitraries.integers().between(0, 99))
            .as((c, p) -> StockActions.sending(again(c, p)));
      }
    };
  }

  private static Command again(Command c, int p) {
    if (p < 60) {
      return c;
    }
    if (p < 85 || ADMIN_ONLY.contains(c.op())) {
      return c.op().equals("release")
          ? new Command("release", other(c.target()), null, c.principal(), c.key())
          : c.withBody(altered(c));
    }
    return c.withPrincipal(c.principal() == Principal.ADMIN ? Principal.OPERATOR : Principal.ADMIN);
  }

  /** The same request but for one informational field: another request as far as keys go. */
  private static ObjectNode altered(Command c) {
    ObjectNode body = c.body().deepCopy();
    switch (c.op()) {
      case "create" -> body.put("productName", body.get("productName").asText() + " v2");
      case "receive" -> body.put("referenceId", "PO-2");
      case "adjust" -> body.put("reason", "recount");
      case "reserve" -> {
        ObjectNode line = (ObjectNode) body.get("items").get(0);
        line.put("quantity", line.get("quantity").asLong() + 1);
      }
      case "pick" -> body.put("createdBy", "picker-2");
      case "stage" -> body.put("stagedBy", "stager-2");
      case "pack" -> body.put("packedBy", "packer-2");
      case "ship" -> body.put("shippedBy", "shipper-2");
      case "return-to-shelf" -> body.put("returnedBy", "clerk-2");
      case "shortage" -> body.put("reportedBy", "picker-2");
      default -> throw new IllegalArgumentException(c.op());
    }
    return body;
  }

  private static String other(String order) {
    List<String> orders = Names.ORDERS;
    return orders.get((orders.indexOf(order) + 1) % orders.size());
  }
}
