package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.network.Mode;
import org.kervan.network.Network;

/** A million-leg file, generated on the fly: the reader's scale test, kept apart for its cost. */
class NetworkCsvMillionRowsTest {
  private static final String NODE_HEADER = String.join(",", NetworkCsv.NODE_COLUMNS);
  private static final String LEG_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS);

  /** A million valid legs are a plausible user file and must load, not fail. */
  @Test
  void read_millionLegFile_loads(@TempDir Path dir) throws Exception {
    int nodeCount = 1_001;
    int legCount = 1_000_000;
    Path nodes = dir.resolve("nodes.csv");
    Path legs = dir.resolve("legs.csv");
    try (BufferedWriter w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
      w.write(NODE_HEADER);
      w.write('\n');
      for (int i = 0; i < nodeCount; i++) {
        w.write(id(i) + ",n" + i + ",,WAYPOINT," + (i % 170 - 85) + "," + (i % 350 - 175)
            + ",,,,,,,,,s\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(legs, StandardCharsets.UTF_8)) {
      w.write(LEG_HEADER);
      w.write('\n');
      int written = 0;
      // Every node to its next 999 nodes in ring order: a million distinct (from, to, SEA) keys.
      for (int i = 0; written < legCount; i++) {
        for (int d = 1; d < nodeCount && written < legCount; d++) {
          w.write(id(i) + "," + id((i + d) % nodeCount) + ",SEA," + (100 + d) + ",30,,,,,,,,,"
              + "OPERATING,,s\n");
          written++;
        }
      }
    }
    // A limit against a quadratic reader, not a speed figure: about 11 s on an idle two-core
    // machine, 89 s seen with the machine loaded twelve times over. Speed is for the benchmarks.
    Network n = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> NetworkCsv.read(nodes,
        legs));
    assertEquals(nodeCount, n.nodeCount());
    assertEquals(legCount, n.legCount());
    assertEquals(101.0, n.leg(id(0), id(1), Mode.SEA).orElseThrow().distanceKm());
  }

  private static String id(int i) {
    return "N_" + i;
  }
}
