package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.kervan.network.Network;

/**
 * Fuzzes the CSV reader with arbitrary text and with randomly edited copies of the default data:
 * every input either gives a network or throws {@link DataFormatException} naming the file, never
 * another exception, and never hangs.
 */
class NetworkCsvFuzzTest {
  /** Tries per property; the four properties together try four times this many inputs. */
  static final int TRIES = 500;

  /** Enough for any sane read of these small inputs; only a hang reaches it. */
  private static final Duration HANG = Duration.ofSeconds(10);

  private static final String NODES = resource(DefaultNetwork.NODES_RESOURCE, 1_000);
  private static final String LEGS = resource(DefaultNetwork.LEGS_RESOURCE, 30);
  /** Characters that matter to the format, plus a few that should never matter. */
  private static final String HOSTILE = ",,,\"\"\r\n\n|.-+eE0123456789 _AZaz\uFEFF\u0000\u00e9\u0131\t";

  private static final AtomicInteger tried = new AtomicInteger();
  private static final AtomicInteger loaded = new AtomicInteger();

  private static String resource(String name, int lines) {
    try (InputStream in = NetworkCsvFuzzTest.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String[] all = text.split("\n", -1);
      return String.join("\n", List.of(all).subList(0, Math.min(all.length, 1 + lines))) + "\n";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @AfterContainer
  static void everyInputWasTried() {
    // Quiet builds: the counts are checked, not printed. Both outcomes must occur in a run.
    assertTrue(tried.get() > 0, "CSV fuzz inputs tried");
    assertTrue(loaded.get() > 0 && loaded.get() < tried.get(),
        "CSV fuzz: " + loaded.get() + " of " + tried.get() + " inputs loaded as networks");
  }

  /** Reads, asserting the outcome is a network or a well-formed format error. */
  private static void readEither(String nodes, String legs) {
    tried.incrementAndGet();
    try {
      Network n =
          assertTimeoutPreemptively(
              HANG,
              () ->
                  NetworkCsv.read(
                      new StringReader(nodes), "nodes.csv", new StringReader(legs), "legs.csv"));
      assertTrue(n.nodeCount() >= 0);
      loaded.incrementAndGet();
    } catch (DataFormatException e) {
      assertTrue(
          e.file().equals("nodes.csv") || e.file().equals("legs.csv"), "file " + e.file());
      assertTrue(e.line() >= 0, "line " + e.line());
      assertTrue(e.getMessage().startsWith(e.file() + ":" + e.line() + ": "), e.getMessage());
      assertEquals(e.column() == 0, e.columnName().isEmpty(), e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(400),
        Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(400));
  }

  @Property(tries = TRIES)
  void read_arbitraryNodeText_givesNetworkOrFormatError(@ForAll("anyText") String text) {
    readEither(text, String.join(",", NetworkCsv.LEG_COLUMNS));
  }

  @Property(tries = TRIES)
  void read_arbitraryLegText_givesNetworkOrFormatError(@ForAll("anyText") String text) {
    readEither(NODES, text);
  }

  @Property(tries = TRIES)
  void read_editedDefaultNodes_givesNetworkOrFormatError(@ForAll long seed) {
    readEither(mutate(NODES, new Random(seed)), LEGS);
  }

  @Property(tries = TRIES)
  void read_editedDefaultLegs_givesNetworkOrFormatError(@ForAll long seed) {
    readEither(NODES, mutate(LEGS, new Random(seed)));
  }

  /** One to eight random edits: replace, insert, delete or duplicate a short run of characters. */
  static String mutate(String text, Random rnd) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + rnd.nextInt(8);
    List<String> done = new ArrayList<>();
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = rnd.nextInt(s.length());
      int len = Math.min(1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 40), s.length() - at);
      switch (rnd.nextInt(4)) {
        case 0:
          s.setCharAt(at, HOSTILE.charAt(rnd.nextInt(HOSTILE.length())));
          break;
        case 1:
          s.insert(at, HOSTILE.charAt(rnd.nextInt(HOSTILE.length())));
          break;
        case 2:
          s.delete(at, at + len);
          break;
        default:
          s.insert(at, s.substring(at, at + len));
          break;
      }
      done.add(Integer.toString(at));
    }
    assertTrue(done.size() <= edits);
    return s.toString();
  }
}
