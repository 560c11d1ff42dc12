package org.kervan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteRequest;

/**
 * A sweep over all ordered pairs of {@value #PORTS} world ports in three scenarios equals, bit for
 * bit, the single-JVM loop over core's one-to-all trees, gains and Monte Carlo, however the rows
 * are partitioned (1, 2 and 7 partitions, input shuffled differently each time). Every
 * {@value #MC_EVERY}th request also runs {@value #DRAWS} Monte Carlo draws per time preset with
 * its own seed.
 */
class SweepEquivalenceTest {
  static final int PORTS = 200;
  static final int DRAWS = 100;
  static final int MC_EVERY = 10;
  static final List<String> SCENARIOS = List.of("baseline", "suez_closed", "slow_steaming");

  private static List<Row> requests;
  private static Map<String, Map<String, Object>> expected;

  static final Map<String, Network> NETWORKS = Map.of(
      "baseline", SweepFixtures.BASELINE,
      "suez_closed", SweepFixtures.SUEZ_CLOSED,
      "slow_steaming", SweepFixtures.SLOW_STEAMING);

  @BeforeAll
  static void singleJvm() {
    requests = requests(SweepFixtures.ports(PORTS), MC_EVERY, DRAWS);
    expected = SingleJvmSweep.run(NETWORKS, requests);
  }

  /** Every ordered pair in every scenario; every {@code mcEvery}th row with draws and a seed. */
  static List<Row> requests(List<String> ports, int mcEvery, int draws) {
    List<Row> out = new ArrayList<>();
    long k = 0;
    for (String o : ports) {
      for (String s : SCENARIOS) {
        for (String d : ports) {
          if (!d.equals(o)) {
            k++;
            int n = k % mcEvery == 0 ? draws : 0;
            out.add(RowFactory.create(o, d, s, 1e6 * (1 + k % 97), n, n > 0 ? 1000 + k : null));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Row> sweep(int partitions, long shuffleSeed) {
    SparkSession spark = LocalSpark.get();
    Dataset<Row> in = spark.createDataFrame(requests, SweepMain.SCHEMA)
        .orderBy(org.apache.spark.sql.functions.rand(shuffleSeed))
        .repartition(partitions);
    Map<String, Row> out = new HashMap<>();
    for (Row r : Sweep.of(SweepFixtures.SCENARIOS).withPartitions(partitions).run(in).collectAsList()) {
      out.put(SingleJvmSweep.key(r.getString(r.fieldIndex("origin")),
          r.getString(r.fieldIndex("destination")), r.getString(r.fieldIndex("scenario"))), r);
    }
    return out;
  }

  private static void assertSame(Map<String, Row> got) {
    assertEquals(expected.size(), got.size(), "one result per request");
    for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
      Row r = got.get(e.getKey());
      for (Map.Entry<String, Object> v : e.getValue().entrySet()) {
        Object actual = r.get(r.fieldIndex(v.getKey()));
        if (actual instanceof scala.collection.Seq) {
          actual = r.getList(r.fieldIndex(v.getKey()));
        }
        // Double.equals compares the bits.
        assertEquals(v.getValue(), actual, e.getKey() + " " + v.getKey());
      }
    }
  }

  @Test
  void sweep_inOnePartition_equalsSingleJvmBitForBit() {
    assertSame(sweep(1, 1));
  }

  @Test
  void sweep_inTwoPartitions_equalsSingleJvmBitForBit() {
    assertSame(sweep(2, 2));
  }

  @Test
  void sweep_inSevenPartitions_equalsSingleJvmBitForBit() {
    assertSame(sweep(7, 7));
  }

  @Test
  void oneToAllCorridors_equalTheOneToOneRouter_onSampledPairs() {
    // Ties the trees of the loop above to the plain router: every 100th request.
    int checked = 0;
    for (int i = 0; i < requests.size(); i += 100) {
      Row q = requests.get(i);
      String s = q.getString(2);
      Optional<Corridor> c = DijkstraRouter.of(NETWORKS.get(s)).route(RouteRequest.of(q.getString(0), q.getString(1)));
      Map<String, Object> e = expected.get(SingleJvmSweep.key(q.getString(0), q.getString(1), s));
      assertEquals(c.isPresent(), "OK".equals(e.get("status")));
      if (c.isPresent()) {
        assertEquals(c.get().totalDays(), e.get("total_days"));
        assertEquals(c.get().totalCostUsd(), e.get("cost_usd"));
        checked++;
      }
    }
    assertTrue(checked > 300, "checked " + checked);
  }
}
