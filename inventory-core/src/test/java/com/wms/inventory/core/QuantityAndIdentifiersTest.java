package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityAndIdentifiersTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 7, Quantity.MAX})
  void quantityAcceptsOneUpToTheBound(long value) {
    assertThat(Quantity.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Quantity.MAX + 1, Long.MIN_VALUE, Long.MAX_VALUE})
  void quantityRefusesZeroNegativeAndBeyondTheBound(long value) {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Quantity.of(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+23e4567-e89b-12d3-a456-426614174000",
        "123e4567-e89b-12d3-a456-+26614174000",
        "123e4567-e89b-12d3-a456-42661417400g"
      })
  void reservationIdsRefuseTextsThatAreNotCanonicalUuids(String raw) {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ReservationId.parse(raw));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> AllocationId.parse(raw));
  }

  @Test
  void quantityOfARequestFieldNamesTheFieldWhenMissing() {
    assertThatExceptionOfType(InventoryException.class)
        .isThrownBy(() -> Quantity.of("expectedQty", null))
        .withMessageContaining("expectedQty")
        .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void quantityOfARequestFieldNamesTheFieldWhenOutOfBounds() {
    assertThatExceptionOfType(InventoryException.class)
        .isThrownBy(() -> Quantity.of("quantity", 0L))
        .withMessageContaining("quantity");
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Quantity.of("quantity", Quantity.MAX + 1));
    assertThat(Quantity.of("quantity", 3L)).isEqualTo(Quantity.of(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "sku-1", "SKU_1.a:b", "0abc", "a-"})
  void skuAcceptsLettersDigitsAndSeparators(String value) {
    assertThat(Sku.of(value).value()).isEqualTo(value);
  }

  @Test
  void skuAcceptsSixtyFourCharacters() {
    String value = "S".repeat(64);

    assertThat(Sku.of(value).value()).isEqualTo(value);
  }

  @Test
  void skuRefusesSixtyFiveCharacters() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Sku.of("S".repeat(65)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "  \n"})
  void skuRefusesMissingOrBlankValues(String value) {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Sku.of(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-abc", ".abc", "_abc", ":abc", "a b", " a", "a ", "a/b", "a|b", "a\nb", "abc\n", "é",
        "a;b", "a'b", "a\"b", "a%b"
      })
  void skuRefusesBadCharactersAndABadFirstCharacter(String value) {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Sku.of(value));
  }

  @Test
  void locationAndOrderIdsFollowTheSameRules() {
    assertThat(LocationId.of("A-01-03").value()).isEqualTo("A-01-03");
    assertThat(OrderId.of("ORD.1").value()).isEqualTo("ORD.1");
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> LocationId.of("A 01"));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> LocationId.of("L".repeat(65)));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> OrderId.of(""));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> OrderId.of("O".repeat(65)));
  }

  @Test
  void locationIdOfARequestFieldNamesTheField() {
    assertThatExceptionOfType(InventoryException.class)
        .isThrownBy(() -> LocationId.of("stagingLocationId", "bad location"))
        .withMessageContaining("stagingLocationId");
  }

  @Test
  void locationIdsOrderByTheirValue() {
    assertThat(LocationId.of("A")).isLessThan(LocationId.of("B"));
    assertThat(Sku.of("A")).isLessThan(Sku.of("B"));
  }

  @Test
  void reservationAndAllocationIdsParseCanonicalUuids() {
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    assertThat(ReservationId.parse(uuid.toString()).value()).isEqualTo(uuid);
    assertThat(AllocationId.parse(uuid.toString()).value()).isEqualTo(uuid);
    assertThat(AllocationId.parse(uuid.toString())).hasToString(uuid.toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "not-a-uuid",
        "1-1-1-1-1",
        "123e4567-e89b-12d3-a456-42661417400",
        "123e4567-e89b-12d3-a456-4266141740000",
        "123e4567-e89b-12d3-a456-42661417400g"
      })
  void reservationAndAllocationIdsRefuseAnythingButAUuid(String raw) {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ReservationId.parse(raw));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> AllocationId.parse(raw));
  }

  @Test
  void reservationAndAllocationIdsRequireAValue() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> new ReservationId(null));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> new AllocationId(null));
  }

  @Test
  void textIsOptionalBoundedAndFreeOfControlCharacters() {
    assertThat(Identifiers.text("reason", null, 10)).isNull();
    assertThat(Identifiers.text("reason", "a b, c!", 10)).isEqualTo("a b, c!");
    assertThat(Identifiers.text("reason", "x".repeat(10), 10)).hasSize(10);
    assertRefused(
        ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("reason", "x".repeat(11), 10));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("reason", "a\nb", 10));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("reason", "a\u0000", 10));
  }

  @Test
  void textIsWellFormedUnicode() {
    assertThat(Identifiers.text("name", "Ger\u00e4t \uD83D\uDCE6", 10)).endsWith("\uD83D\uDCE6");
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("name", "a\uD800b", 10));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("name", "a\uDC00", 10));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("name", "\uD83D", 10));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> Identifiers.text("name", "\uDCE6\uD83D", 10));
  }

  @Test
  void shortageReasonsParseOnlyTheirWireNames() {
    assertThat(ShortageReason.fromWire("not_found")).isEqualTo(ShortageReason.NOT_FOUND);
    assertThat(ShortageReason.fromWire("damaged")).isEqualTo(ShortageReason.DAMAGED);
    assertThat(ShortageReason.fromWire("quantity_mismatch"))
        .isEqualTo(ShortageReason.QUANTITY_MISMATCH);
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ShortageReason.fromWire("NOT_FOUND"));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ShortageReason.fromWire("lost"));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ShortageReason.fromWire(null));
  }

  @Test
  void everyErrorCodeBelongsToAFamily() {
    assertThat(ErrorCode.VALIDATION_FAILED.kind()).isEqualTo(ErrorCode.Kind.INVALID);
    assertThat(ErrorCode.UNKNOWN_SKU.kind()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
    assertThat(ErrorCode.INVALID_STATE.kind()).isEqualTo(ErrorCode.Kind.CONFLICT);
    assertThat(ErrorCode.INSUFFICIENT_STOCK.kind()).isEqualTo(ErrorCode.Kind.REFUSED);
    assertThat(ErrorCode.OVERPICK.kind()).isEqualTo(ErrorCode.Kind.REFUSED);
    assertThat(ErrorCode.BELOW_RESERVED.kind()).isEqualTo(ErrorCode.Kind.REFUSED);
  }
}
