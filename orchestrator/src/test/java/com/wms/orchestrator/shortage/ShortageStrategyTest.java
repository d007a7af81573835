package com.wms.orchestrator.shortage;

import static com.wms.orchestrator.shortage.ShortageStrategy.DEFAULT_THRESHOLD;
import static com.wms.orchestrator.shortage.ShortageStrategy.FULL_BACKORDER;
import static com.wms.orchestrator.shortage.ShortageStrategy.HOLD_FOR_REVIEW;
import static com.wms.orchestrator.shortage.ShortageStrategy.PARTIAL_SHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortageStrategyTest {

  @ParameterizedTest(name = "{1} of {0} units picked -> {2}")
  @CsvSource({
    "100, 0, FULL_BACKORDER",
    "100, 1, HOLD_FOR_REVIEW",
    "100, 49, HOLD_FOR_REVIEW",
    "100, 50, PARTIAL_SHIP",
    "100, 51, PARTIAL_SHIP",
    "100, 100, PARTIAL_SHIP",
    "2, 1, PARTIAL_SHIP",
    "3, 1, HOLD_FOR_REVIEW",
    "1, 1, PARTIAL_SHIP",
    "1, 0, FULL_BACKORDER"
  })
  void theDefaultThresholdShipsPartiallyFromHalfThePickedUnits(
      long requested, long completed, ShortageStrategy expected) {
    assertThat(ShortageStrategy.decide(requested, completed, DEFAULT_THRESHOLD))
        .isEqualTo(expected);
  }

  @Test
  void theDefaultThresholdIsOneHalf() {
    assertThat(DEFAULT_THRESHOLD).isEqualTo(0.5);
  }

  @Test
  void aHigherThresholdHoldsWhatTheDefaultWouldShip() {
    assertThat(ShortageStrategy.decide(10, 6, 0.7)).isEqualTo(HOLD_FOR_REVIEW);
    assertThat(ShortageStrategy.decide(10, 7, 0.7)).isEqualTo(PARTIAL_SHIP);
  }

  @Test
  void aThresholdOfOneShipsOnlyCompletePicks() {
    assertThat(ShortageStrategy.decide(100, 99, 1.0)).isEqualTo(HOLD_FOR_REVIEW);
    assertThat(ShortageStrategy.decide(100, 100, 1.0)).isEqualTo(PARTIAL_SHIP);
  }

  @Test
  void nothingPickedIsAFullBackorderWhateverTheThreshold() {
    assertThat(ShortageStrategy.decide(10, 0, 0.01)).isEqualTo(FULL_BACKORDER);
    assertThat(ShortageStrategy.decide(10, 0, 1.0)).isEqualTo(FULL_BACKORDER);
  }

  @Test
  void theRatioIsPickedOverRequested() {
    assertThat(ShortageStrategy.ratio(100, 49)).isEqualTo(0.49);
    assertThat(ShortageStrategy.ratio(10, 5)).isEqualTo(0.5);
  }

  @ParameterizedTest(name = "requested {0}, completed {1}")
  @CsvSource({"0, 0", "-1, 0", "10, -1", "10, 11"})
  void impossibleUnitCountsAreRefused(long requested, long completed) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShortageStrategy.decide(requested, completed, DEFAULT_THRESHOLD))
        .withMessageContaining("requested");
  }

  @ParameterizedTest(name = "threshold {0}")
  @CsvSource({"0", "-0.5", "1.01", "NaN", "Infinity"})
  void aThresholdOutsideZeroExclusiveToOneIsRefused(double threshold) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShortageStrategy.decide(10, 5, threshold))
        .withMessageContaining("threshold");
  }

  @Test
  void wireNamesAreLowerSnakeCase() {
    assertThat(PARTIAL_SHIP.wireName()).isEqualTo("partial_ship");
    assertThat(HOLD_FOR_REVIEW.wireName()).isEqualTo("hold_for_review");
    assertThat(FULL_BACKORDER.wireName()).isEqualTo("full_backorder");
  }
}
