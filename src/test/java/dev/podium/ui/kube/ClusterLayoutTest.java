package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterLayoutTest {

    @Test
    void everyOneOf150kPodCellsIsFoundAgainFromItsCentre() {
        ClusterLayout l = new ClusterLayout(1600, 1000, 5000, 30);
        assertEquals(ClusterLayout.Detail.CELLS, l.detail);
        assertTrue(l.cell >= 1 && l.cell <= 3, "1-3 px cells at 150k pods: " + l.cell);
        assertTrue(l.slots() >= 30, "every node shows its 30 pods: " + l.slots());
        for (int rank = 0; rank < 5000; rank++) {
            for (int slot = 0; slot < 30; slot++) {
                double x = l.podX(rank, slot) + l.cell / 2;
                double y = l.podY(rank, slot) + l.cell / 2;
                assertEquals(rank, l.nodeRankAt(x, y), "node of pod " + rank + "/" + slot);
                assertEquals(slot, l.slotAt(rank, x, y), "slot of pod " + rank + "/" + slot);
            }
        }
    }

    @Test
    void boxesStayInsideTheGridAndGapsHitNothing() {
        ClusterLayout l = new ClusterLayout(1600, 1000, 100, 100);
        double right = l.boxX(l.cols - 1) + l.boxW;
        double bottom = l.boxY(99) + l.boxH;
        assertTrue(right <= l.gridX + l.gridW + 1e-6);
        assertTrue(bottom <= l.gridY + l.gridH + 1e-6);
        assertEquals(-1, l.nodeRankAt(l.boxX(0) + l.boxW + l.gap / 2, l.boxY(0) + 5), "gap between boxes");
        assertEquals(-1, l.nodeRankAt(l.gridX - 3, l.gridY + 5), "left of the grid");
        assertEquals(0, l.nodeRankAt(l.boxX(0) + 1, l.boxY(0) + 1));
    }

    @Test
    void levelOfDetailSwitchesToCellsBelowTheChipThreshold() {
        ClusterLayout few = new ClusterLayout(1600, 1000, 4, 12);
        assertEquals(ClusterLayout.Detail.CHIPS, few.detail);
        assertEquals(ClusterLayout.HEADER_FULL, few.header, "few nodes get full headers with labels");
        assertTrue(few.cell <= ClusterLayout.CHIP_MAX);
        ClusterLayout many = new ClusterLayout(1600, 1000, 100, 100);
        assertEquals(ClusterLayout.Detail.CELLS, many.detail, "10k pods: " + many.cell);
        // find the pods-per-node count where the pitch crosses CHIP_MIN and check the switch happens exactly there
        ClusterLayout.Detail last = ClusterLayout.Detail.CHIPS;
        for (int perNode = 4; perNode < 400; perNode++) {
            ClusterLayout l = new ClusterLayout(1600, 1000, 20, perNode);
            double pitch = Math.min(ClusterLayout.CHIP_MAX,
                    ClusterLayout.bestCell(perNode, l.boxW - 2 * l.pad, l.boxH - l.header - l.pad)[2]);
            assertEquals(pitch >= ClusterLayout.CHIP_MIN ? ClusterLayout.Detail.CHIPS : ClusterLayout.Detail.CELLS,
                    l.detail, "at " + perNode + " pods a node");
            last = l.detail;
        }
        assertEquals(ClusterLayout.Detail.CELLS, last);
    }

    @Test
    void queueSlotsAreFoundFromTheirPosition() {
        ClusterLayout l = new ClusterLayout(1600, 1000, 3, 10);
        for (int i = 0; i < l.queueSlots(); i++) {
            assertEquals(i, l.queueSlotAt(l.queueX(i) + 3, l.queueY(i) + 3));
        }
        assertEquals(-1, l.queueSlotAt(l.sideX - 2, l.queueY + 50));
    }
}
