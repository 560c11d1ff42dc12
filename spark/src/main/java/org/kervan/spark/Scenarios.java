package org.kervan.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.kervan.data.NetworkCsv;
import org.kervan.network.Network;

/**
 * Named networks for a sweep: the {@link #BASELINE baseline} under which flows are observed and
 * derived scenarios (Suez closed, a new rail link, a border's clearance time changed), each held
 * in its compact serialised form, the gzip-compressed {@link NetworkCsv} node and leg text (which
 * reads back to an equal network). This is what a {@link Sweep} broadcasts, once per executor:
 * a few hundred kilobytes for the world network, never a Java object per leg.
 *
 * <p>Scenario names are non-empty and made of letters, digits, {@code _}, {@code -} and {@code .}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenarios implements Serializable {
  /** The name of the network under which every request's flow is observed. */
  public static final String BASELINE = "baseline";

  private static final long serialVersionUID = 1L;

  private final String token;
  private final String[] names;
  private final byte[][] nodesGz;
  private final byte[][] legsGz;

  private Scenarios(String token, String[] names, byte[][] nodesGz, byte[][] legsGz) {
    this.token = token;
    this.names = names;
    this.nodesGz = nodesGz;
    this.legsGz = legsGz;
  }

  /**
   * Returns a set holding only the baseline network, named {@link #BASELINE}.
   *
   * @param baseline the network flows are observed under
   * @return the set
   */
  public static Scenarios of(Network baseline) {
    checkNotNull(baseline, "baseline");
    byte[][] enc = encode(baseline);
    return new Scenarios(
        UUID.randomUUID().toString(),
        new String[] {BASELINE},
        new byte[][] {enc[0]},
        new byte[][] {enc[1]});
  }

  /**
   * Returns a copy with one more named scenario.
   *
   * @param name the scenario's name, new to this set, e.g. {@code suez_closed}
   * @param network the scenario's network, typically derived from the baseline with {@link
   *     Network#toBuilder()}
   * @return the copy
   * @throws IllegalArgumentException if the name is malformed or already used
   */
  public Scenarios with(String name, Network network) {
    checkNotNull(name, "name");
    checkNotNull(network, "network");
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(
          "name must be letters, digits, '_', '-' or '.', was '" + name + "'");
    }
    if (names().contains(name)) {
      throw new IllegalArgumentException("name must be new to the set " + names() + ", was '" + name + "'");
    }
    int n = names.length;
    byte[][] enc = encode(network);
    String[] nn = Arrays.copyOf(names, n + 1);
    byte[][] ng = Arrays.copyOf(nodesGz, n + 1);
    byte[][] lg = Arrays.copyOf(legsGz, n + 1);
    nn[n] = name;
    ng[n] = enc[0];
    lg[n] = enc[1];
    return new Scenarios(UUID.randomUUID().toString(), nn, ng, lg);
  }

  /**
   * Returns the scenario names, the baseline first.
   *
   * @return an immutable list
   */
  public List<String> names() {
    return ImmutableList.copyOf(names);
  }

  /**
   * Returns the size of the serialised form: what a broadcast ships to each executor.
   *
   * @return bytes, the sum of every compressed node and leg text
   */
  public long encodedBytes() {
    long b = 0;
    for (int i = 0; i < names.length; i++) {
      b += nodesGz[i].length + legsGz[i].length;
    }
    return b;
  }

  /**
   * Decodes every network, by name, the baseline first. Each call decodes again; executors keep
   * the result once per JVM (see {@link Sweep}).
   *
   * @return an immutable map from scenario name to network
   * @throws org.kervan.data.DataFormatException never for a set built by this class
   */
  public ImmutableMap<String, Network> decode() {
    ImmutableMap.Builder<String, Network> b = ImmutableMap.builder();
    for (int i = 0; i < names.length; i++) {
      try (Reader n = reader(nodesGz[i]);
          Reader l = reader(legsGz[i])) {
        b.put(names[i], NetworkCsv.read(n, names[i] + " nodes", l, names[i] + " legs"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.build();
  }

  /** Identifies this set's content, for per-JVM caches of its decoded networks. */
  String token() {
    return token;
  }

  private static Reader reader(byte[] gz) throws IOException {
    return new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(gz)), StandardCharsets.UTF_8);
  }

  private static byte[][] encode(Network network) {
    ByteArrayOutputStream nodes = new ByteArrayOutputStream();
    ByteArrayOutputStream legs = new ByteArrayOutputStream();
    try (Writer n = new OutputStreamWriter(new GZIPOutputStream(nodes), StandardCharsets.UTF_8);
        Writer l = new OutputStreamWriter(new GZIPOutputStream(legs), StandardCharsets.UTF_8)) {
      NetworkCsv.write(network, n, l);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new byte[][] {nodes.toByteArray(), legs.toByteArray()};
  }

  /** Returns e.g. {@code Scenarios[baseline, suez_closed; 412,331 bytes]}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "Scenarios[%s; %,d bytes]", String.join(", ", names), encodedBytes());
  }
}
