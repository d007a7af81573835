package com.wms.orchestrator.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ItemBatch.Line;
import com.wms.orchestrator.inventory.Lines.AllocationLine;
import com.wms.orchestrator.inventory.Lines.PickLine;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
  @Test
  void picksOfTheSameSkuAndLocationAreMergedIntoOneLineSummingQuantities() {
    List<Line<PickLine>> lines =
        Lines.picks(
            List.of(
                new ConfirmInventoryPickItem("S-1", 2, "A-1"),
                new ConfirmInventoryPickItem("S-2", 1, "A-1"),
                new ConfirmInventoryPickItem("S-1", 3, "A-1"),
                new ConfirmInventoryPickItem("S-1", 4, "B-1")));

    assertThat(lines)
        .extracting(Line::value)
        .containsExactly(
            new PickLine("S-1", "A-1", 5),
            new PickLine("S-2", "A-1", 1),
            new PickLine("S-1", "B-1", 4));
  }

  @Test
  void unusablePicksBecomeRefusedLinesInsteadOfBeingMerged() {
    List<Line<PickLine>> lines =
        Lines.picks(
            Arrays.asList(
                new ConfirmInventoryPickItem("S-1", 2, "A-1"),
                new ConfirmInventoryPickItem("S-1", 0, "A-1"),
                new ConfirmInventoryPickItem(" ", 1, "A-1"),
                null));

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).value()).isEqualTo(new PickLine("S-1", "A-1", 2));
    assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l.invalid()).isNotNull());
  }

  @Test
  void aRepeatedAllocationIsMovedOnce() {
    List<Line<AllocationLine>> lines =
        Lines.allocations(
            List.of(new AllocationItem("S-1", "a-1"), new AllocationItem("S-1", "a-1")),
            AllocationItem::sku,
            AllocationItem::allocationId);

    assertThat(lines).extracting(Line::item).containsExactly("a-1");
  }

  @Test
  void noItemsMeansNoLines() {
    assertThat(Lines.picks(null)).isEmpty();
    assertThat(Lines.stages(List.of())).isEmpty();
  }
}
