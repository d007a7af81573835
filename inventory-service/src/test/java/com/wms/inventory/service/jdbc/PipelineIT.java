package com.wms.inventory.service.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the pipeline sends, when, and in how many round trips. */
class PipelineIT extends InventoryServiceIT {
  private static final String INSERT = "INSERT INTO sku (sku, product_name) VALUES (?, 'probe')";
  private static final Pipeline.RowCount ONE =
      rows -> {
        if (rows != 1) {
          throw new IllegalStateException("expected one row, got " + rows);
        }
      };

  @Autowired Pipeline pipeline;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  @Test
  void aQueryTravelsWithTheWritesQueuedBeforeItAndSeesThem() {
    String a = Api.unique("PIPE");
    String b = Api.unique("PIPE");
    long before = roundTrips();

    List<Long> seen =
        tx.execute(
            t -> {
              pipeline.queue(INSERT, ONE, a);
              pipeline.queue(INSERT, ONE, b);
              return pipeline.query(
                  "SELECT count(*) FROM sku WHERE sku IN (?, ?)", (rs, i) -> rs.getLong(1), a, b);
            });

    assertThat(seen).containsExactly(2L);
    assertThat(roundTrips() - before).isEqualTo(1);
    assertThat(exists(a)).isTrue();
  }

  @Test
  void queuedWritesReachTheDatabaseWhenTheTransactionCommitsInOneRoundTrip() {
    String a = Api.unique("PIPE");
    String b = Api.unique("PIPE");
    long before = roundTrips();

    tx.executeWithoutResult(
        t -> {
          pipeline.queue(INSERT, ONE, a);
          pipeline.queue(INSERT, ONE, b);
          assertThat(exists(a)).as("not sent before the commit").isFalse();
        });

    assertThat(exists(a)).isTrue();
    assertThat(exists(b)).isTrue();
    assertThat(roundTrips() - before).isEqualTo(1);
  }

  @Test
  void aTransactionThatRollsBackSendsNothingOfWhatItQueued() {
    String a = Api.unique("PIPE");
    long before = roundTrips();

    tx.executeWithoutResult(
        t -> {
          pipeline.queue(INSERT, ONE, a);
          t.setRollbackOnly();
        });

    assertThat(exists(a)).isFalse();
    assertThat(roundTrips() - before).isZero();
  }

  @Test
  void aFailedRowCountCheckRollsBackEverythingTheTransactionSent() {
    String a = Api.unique("PIPE");
    String b = Api.unique("PIPE");

    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    t -> {
                      pipeline.queue(INSERT, ONE, a);
                      pipeline.query("SELECT 1", (rs, i) -> 1);
                      pipeline.queue(INSERT, ONE, b);
                      pipeline.queue(
                          "UPDATE sku SET reorder_point = 1 WHERE sku = ?", ONE, "NO-SUCH-SKU");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected one row, got 0");

    assertThat(exists(a)).isFalse();
    assertThat(exists(b)).isFalse();
  }

  @Test
  void manyRowsOfOneStatementGoAsOneBatchAfterWhatWasQueued() {
    String a = Api.unique("PIPE");
    List<Object[]> rows =
        List.of(
            new Object[] {Api.unique("PIPE")},
            new Object[] {Api.unique("PIPE")},
            new Object[] {Api.unique("PIPE")});
    long before = roundTrips();

    tx.executeWithoutResult(
        t -> {
          pipeline.queue(INSERT, ONE, a);
          pipeline.queueAll(INSERT, ONE, rows);
        });

    assertThat(exists(a)).isTrue();
    assertThat(rows).allSatisfy(r -> assertThat(exists((String) r[0])).isTrue());
    assertThat(roundTrips() - before).as("the queued insert, then the batch").isEqualTo(2);
  }

  @Test
  void outsideATransactionAStatementRunsAtOnce() {
    String a = Api.unique("PIPE");

    pipeline.queue(INSERT, ONE, a);

    assertThat(exists(a)).isTrue();
  }

  private boolean exists(String sku) {
    return jdbc.sql("SELECT count(*) FROM sku WHERE sku = ?").param(sku).query(Long.class).single()
        == 1;
  }

  private long roundTrips() {
    return (long) meters.get("wms.inventory.db.round.trips").functionCounter().count();
  }
}
