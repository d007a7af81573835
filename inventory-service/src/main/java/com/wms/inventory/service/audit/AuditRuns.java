package com.wms.inventory.service.audit;

import com.wms.inventory.api.AuditReport;
import com.wms.inventory.service.InventoryProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the audit (on request, and every {@code WMS_AUDIT_INTERVAL}) and keeps its last outcome on
 * /actuator/prometheus: {@code wms_inventory_audit_last_ok} (1 when every balance equals its ledger
 * and every SKU conserves units, 0 when not; absent a run, NaN), {@code
 * wms_inventory_audit_last_problems}, {@code wms_inventory_audit_last_duration_seconds} and {@code
 * wms_inventory_audit_last_run_timestamp_seconds}.
 */
@Component
public class AuditRuns implements SchedulingConfigurer {
  private static final Logger log = LoggerFactory.getLogger(AuditRuns.class);

  private final InventoryAuditor auditor;
  private final Clock clock;
  private final Duration interval;
  private volatile double ok = Double.NaN;
  private volatile double problems = Double.NaN;
  private volatile double seconds = Double.NaN;
  private volatile double ranAt;

  AuditRuns(InventoryAuditor auditor, Clock clock, InventoryProperties p, MeterRegistry meters) {
    this.auditor = auditor;
    this.clock = clock;
    this.interval = p.auditInterval();
    Gauge.builder("wms.inventory.audit.last.ok", () -> ok)
        .description("1 when the last audit found nothing wrong, 0 when it found problems")
        .register(meters);
    Gauge.builder("wms.inventory.audit.last.problems", () -> problems)
        .description("problems the last audit found")
        .register(meters);
    TimeGauge.builder("wms.inventory.audit.last.duration", () -> seconds, TimeUnit.SECONDS)
        .description("how long the last audit took")
        .register(meters);
    Gauge.builder("wms.inventory.audit.last.run.timestamp", () -> ranAt)
        .baseUnit("seconds")
        .description("when the last audit ended, in seconds since the epoch")
        .register(meters);
  }

  /** Audits now and records the outcome. */
  public AuditReport run() {
    long start = System.nanoTime();
    AuditReport report = auditor.audit();
    seconds = (System.nanoTime() - start) / 1e9;
    ok = report.ok() ? 1 : 0;
    problems = report.problems().size();
    ranAt = clock.millis() / 1000.0;
    return report;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    if (interval.isZero() || interval.isNegative()) {
      return;
    }
    tasks.addFixedDelayTask(this::scheduled, interval);
  }

  private void scheduled() {
    AuditReport report = run();
    if (!report.ok()) {
      log.error(
          "audit found {} problem(s), e.g. {}", report.problems().size(), report.problems().get(0));
    }
  }
}
