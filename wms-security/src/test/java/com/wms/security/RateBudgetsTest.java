package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateBudgetsTest {
  private static final ApiPrincipal CLERK = new ApiPrincipal("operator#aaaaaa", ApiRole.OPERATOR);
  private static final ApiPrincipal OTHER = new ApiPrincipal("operator#bbbbbb", ApiRole.OPERATOR);
  private static final ApiPrincipal WORKER =
      new ApiPrincipal("admin#cccccc", ApiRole.ADMIN, "worker");
  private static final ApiPrincipal WORKER_ROTATED =
      new ApiPrincipal("admin#dddddd", ApiRole.ADMIN, "worker");

  /** A clock the test moves by hand. */
  private static final class Clock implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  @Test
  void aTokenMaySendItsBudgetAtOnceThenWaitsForTheRefill() {
    Clock clock = new Clock();
    RateBudgets budgets = new RateBudgets(5, 50, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(budgets.take(CLERK)).isZero();
    }
    Duration wait = budgets.take(CLERK);
    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(budgets.take(OTHER)).as("another token has its own budget").isZero();

    clock.nanos += wait.toNanos();
    assertThat(budgets.take(CLERK)).isZero();
    assertThat(budgets.take(CLERK)).isPositive();
  }

  @Test
  void theWorkersTokensShareTheLargerWorkerBudget() {
    RateBudgets budgets = new RateBudgets(5, 50, new Clock());
    for (int i = 0; i < 25; i++) {
      assertThat(budgets.take(WORKER)).isZero();
      assertThat(budgets.take(WORKER_ROTATED)).isZero();
    }
    assertThat(budgets.take(WORKER_ROTATED)).isPositive();
    assertThat(budgets.perSecond(WORKER)).isEqualTo(50);
    assertThat(budgets.perSecond(CLERK)).isEqualTo(5);
  }

  @Test
  void aBudgetOfZeroMeansNoLimit() {
    RateBudgets budgets = new RateBudgets(0, 0, new Clock());
    for (int i = 0; i < 10_000; i++) {
      assertThat(budgets.take(CLERK)).isZero();
    }
  }

  @Test
  void aNegativeBudgetIsRefusedNamingItsVariable() {
    assertThatThrownBy(() -> new RateBudgets(-1, 1)).hasMessageContaining("WMS_RATE_LIMIT");
    assertThatThrownBy(() -> new RateBudgets(1, -1)).hasMessageContaining("WMS_RATE_LIMIT_WORKER");
  }
}
