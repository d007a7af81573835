package com.wms.app;

import com.wms.app.config.ConfigurationException;
import com.wms.app.config.Preflight;
import com.wms.app.config.Use;
import com.wms.inventory.api.AuditReport;
import com.wms.inventory.service.audit.InventoryAuditor;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wms audit}: recomputes every balance from the ledger and checks conservation per SKU. Exit
 * 0 when everything holds, 1 when some SKU does not, 2 when it cannot run.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Recompute balances from the ledger and check conservation per SKU, against"
            + " WMS_DB_URL/WMS_DB_USER/WMS_DB_PASSWORD or a dev --data-dir (while dev is stopped).")
final class AuditCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Audit the embedded database kept by wms dev here.")
  Path dataDir;

  @ParentCommand WmsCommand wms;

  @Override
  public Integer call() throws Exception {
    if (dataDir != null) {
      Preflight.checks().check(EmbeddedDatabase.existingDataDirProblem(dataDir)).orFail();
      try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
        return audit(db.jdbcUrl(), "postgres", "postgres");
      }
    }
    Map<String, String> env = wms.env();
    Preflight.of(Use.AUDIT, env).check(ExternalDatabase.missing(env)).orFail();
    ExternalDatabase db = ExternalDatabase.from(env);
    db.check();
    try {
      return audit(db.url(), db.user(), db.password());
    } catch (DataAccessException e) {
      throw new ConfigurationException(
          "cannot audit the database of WMS_DB_URL: "
              + e.getMostSpecificCause().getMessage()
              + "; is it the database of ./wms inventory-service?");
    }
  }

  static int audit(String url, String user, String password) {
    AuditReport report = run(url, user, password);
    System.out.printf(
        "audit: %d SKU(s), %d movement(s) checked%n",
        report.skusChecked(), report.movementsChecked());
    if (report.ok()) {
      System.out.println(
          "audit: OK - every balance equals its ledger and every SKU conserves units");
      return 0;
    }
    report
        .problems()
        .forEach(p -> System.out.println("audit: FAIL " + p.sku() + ": " + p.detail()));
    return 1;
  }

  static AuditReport run(String url, String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    tx.setReadOnly(true);
    InventoryAuditor auditor = new InventoryAuditor(ds);
    return tx.execute(status -> auditor.audit());
  }
}
