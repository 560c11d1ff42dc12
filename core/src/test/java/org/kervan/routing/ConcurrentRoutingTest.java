package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.kervan.network.UnknownNodeException;
import org.junit.jupiter.api.Test;

/**
 * One network and one router of each kind shared by many threads: every answer, given in a random
 * order interleaved with failing calls, must equal bit for bit the answer of a single-threaded run.
 */
class ConcurrentRoutingTest {
  /** More threads than the cores of a small machine, so that searches are preempted mid-way. */
  static final int THREADS = 8;


  @Test
  void routers_sharedByEightThreads_answerLikeOneThread_onDefaultNetwork() throws Exception {
    stress(DefaultNetwork.load(), 11L, 40);
  }

  @Test
  void routers_sharedByEightThreads_answerLikeOneThread_onRandomNetwork() throws Exception {
    stress(RoutingFixtures.randomNetwork(20_240_613L, 60, 240), 12L, 120);
  }

  /** One query against all four routers; its answer is a list of comparable values. */
  private interface Query {
    List<Object> answer();
  }

  private static void stress(Network net, long seed, int queryCount) throws Exception {
    AStarRouter astar = AStarRouter.of(net);
    DijkstraRouter dijkstra = DijkstraRouter.of(net);
    YenKShortestRouter yen = YenKShortestRouter.of(net);
    DijkstraMatrixRouter matrix = DijkstraMatrixRouter.of(net);
    Random rnd = new Random(seed);
    List<Query> queries = new ArrayList<>();
    for (int q = 0; q < queryCount; q++) {
      RouteRequest r = RoutingFixtures.randomRequest(net, rnd, true, true);
      int o = rnd.nextInt(net.nodeCount());
      int d = rnd.nextInt(net.nodeCount());
      List<String> ids = List.of(r.origin(), r.destination());
      queries.add(
          () ->
              List.of(
                  astar.route(r),
                  dijkstra.route(r),
                  astar.explain(r),
                  dijkstra.explain(r),
                  bits(astar.timeHours(o, d)),
                  bits(dijkstra.timeHours(o, d)),
                  bits(astar.costUsd(o, d)),
                  bits(dijkstra.costUsd(o, d))));
      // Yen's alternatives through a via take tens of seconds on the world network; the via
      // requests are still checked by the other routers.
      if (q % 4 == 0 && r.vias().isEmpty()) {
        queries.add(() -> List.of(yen.alternatives(r.withOptions(r.options()), 3)));
        queries.add(() -> List.of(matrix.matrix(ids, ids, r.options())));
      }
    }
    List<List<Object>> expected = new ArrayList<>();
    for (Query q : queries) {
      expected.add(q.answer());
    }
    String unknown = "XXZZZ";
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long threadSeed = seed * 31 + t;
        Callable<String> task =
            () -> {
              start.await();
              Random order = new Random(threadSeed);
              for (int round = 0; round < queries.size(); round++) {
                int i = order.nextInt(queries.size());
                if (order.nextInt(8) == 0) {
                  // A failed call in between must not spoil this thread's reused search arrays.
                  assertThrows(
                      UnknownNodeException.class,
                      () -> astar.route(RouteRequest.of(unknown, net.nodes().get(0).id())));
                  assertThrows(
                      IndexOutOfBoundsException.class, () -> dijkstra.timeHours(0, -1));
                }
                List<Object> got = queries.get(i).answer();
                if (!got.equals(expected.get(i))) {
                  return "thread seed " + threadSeed + ", query " + i + ": " + got
                      + " but one thread gave " + expected.get(i);
                }
              }
              return "";
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<String> f : results) {
        String failure;
        try {
          // A generous bound that only a deadlock or livelock reaches.
          failure = f.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new AssertionError("a routing thread did not finish; seed " + seed, e);
        } catch (ExecutionException e) {
          throw new AssertionError("a routing thread failed; seed " + seed, e.getCause());
        }
        assertEquals("", failure, failure);
      }
    } finally {
      pool.shutdownNow();
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        fail("routing threads did not stop");
      }
    }
  }

  /** Doubles compared by their bits: equal answers must be the same number, not merely close. */
  private static Long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }
}
