package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.TestDatabase;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V004 scopes Idempotency-Keys to their principal: keys stored before it keep working for
 * the principal whose request wrote them, as the ledger records it.
 */
class IdempotencyKeyOwnerMigrationIT {

  @Test
  void existingKeysGoToThePrincipalOnTheirLedgerRowsAndTheRestStayShared() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(TestDatabase.freshDatabase("keys"), "postgres", "postgres");
    migrate(db, "3");
    JdbcClient sql = JdbcClient.create(db);
    key(sql, "k-operator");
    movement(sql, "k-operator", "operator#1a2b3c");
    movement(sql, "k-operator", "operator#1a2b3c");
    key(sql, "k-before-auth");
    movement(sql, "k-before-auth", null);
    key(sql, "k-create");
    movement(sql, null, "admin#abcdef");

    migrate(db, "4");

    Map<String, String> owners =
        sql
            .sql("SELECT idempotency_key, owner FROM idempotency_key")
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(owners)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("k-operator", "operator#1a2b3c", "k-before-auth", "anonymous", "k-create", ""));
    // Another principal may now use a key value that one principal used.
    sql.sql(
            "INSERT INTO idempotency_key (owner, idempotency_key, operation, request_hash)"
                + " VALUES ('admin#abcdef', 'k-operator', 'reserve', 'h')")
        .update();
    assertThat(sql.sql("SELECT count(*) FROM idempotency_key").query(Long.class).single())
        .isEqualTo(4);
  }

  private static void migrate(DriverManagerDataSource db, String target) {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  private static void key(JdbcClient sql, String key) {
    sql.sql(
            "INSERT INTO idempotency_key (idempotency_key, operation, request_hash,"
                + " response_status, response_body) VALUES (?, 'reserve', 'h', 200, '{}')")
        .param(key)
        .update();
  }

  private static void movement(JdbcClient sql, String key, String principal) {
    sql.sql(
            "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, operation,"
                + " idempotency_key, principal) VALUES ('SKU-M', 'received', 'available', 1,"
                + " 'receive', ?, ?)")
        .params(key, principal)
        .update();
  }
}
