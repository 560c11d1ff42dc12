package org.kervan.data;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;

/**
 * Kervan's embedded default corridor network: seaports, dry ports, rail terminals, border
 * crossings, maritime chokepoints and sea-lane waypoints from India, the Gulf and China to the
 * Mediterranean and Northern Europe, with the IMEC, Middle Corridor (Trans-Caspian), Northern
 * corridor and INSTC land and ferry legs, and a sea-lane graph through the real chokepoints.
 *
 * <p>The data are two CSV files in this package ({@value #NODES_RESOURCE} and {@value
 * #LEGS_RESOURCE}) in the {@link NetworkCsv} format, read by the same reader users use. Every node
 * and leg names the source of its numbers in its {@code source} field as semicolon-separated {@code
 * field: source} parts; numbers that are assumptions say {@code assumption:} and give the
 * reasoning. Highlights:
 *
 * <ul>
 *   <li>Sea legs run between waypoints placed on the lanes (round Ras al-Hadd and Musandam, the Red
 *       Sea, the Mediterranean, West Africa and the Cape, the English Channel), and through straits
 *       and port approaches along channel points, so that no leg crosses the Natural Earth 1:10m
 *       land polygons (the Suez Canal and the Elbe above Glückstadt are narrower than that map and
 *       are followed by hand). A leg's length is the great circle times 1.01, and shortest sea
 *       paths agree with Eurostat marnet distances within about 4% (e.g. Nhava Sheva–Piraeus via
 *       Suez 3,719 nm against 3,676). Ships run at 16 kn (Notteboom &amp; Carriou 2009). The Suez
 *       Canal is 193.3 km at 7.6 kn, with a convoy wait and a toll at {@code CP_SUEZ}.
 *   <li>Rail legs carry their gauge (1435 or 1520 mm); gauge breaks are at Dostyk, Altynkol,
 *       Akhalkalaki, Małaszewicze and Astara. Block-train speeds are 1,100 km/day in China and
 *       Russia and 375 km/day in the EU (Forbes 2017), 800 km/day in Kazakhstan (Kazinform). Rail
 *       borders on CAREC corridors take 40.6 h and USD 215 (ADB CAREC CPMM 2022).
 *   <li>IMEC's missing rail links (UAE–Saudi, Saudi–Jordan–Israel) have status {@code PLANNED} and
 *       estimated lengths; their borders use the "IMEC as planned" assumption of digital
 *       single-window clearance in 4 h. The road bridge that runs today uses separate road
 *       crossings at the CAREC road figure of 9.9 h and Trucknet's USD 1.2 per truck-km.
 * </ul>
 *
 * <p>Synthetic ids (with an underscore) are used where no UN/LOCODE was verified. This class is
 * thread-safe; the network is read once, on first use, and cached.
 */
public final class DefaultNetwork {

  /** The class-path resource holding the default nodes. */
  public static final String NODES_RESOURCE = "/org/kervan/data/nodes.csv";

  /** The class-path resource holding the default legs. */
  public static final String LEGS_RESOURCE = "/org/kervan/data/legs.csv";

  private DefaultNetwork() {}

  // Initialization-on-demand holder: read once, thread-safe without locking on later calls.
  private static final class Holder {
    static final Network NETWORK = read();
  }

  /**
   * Returns the default network, read from the embedded CSV files on the first call and cached.
   *
   * @return the network (the same instance on every call)
   * @throws IllegalStateException if the embedded files are missing (a broken build)
   */
  public static Network load() {
    return Holder.NETWORK;
  }

  /**
   * Returns every distinct source part cited by the default network's nodes and legs, sorted: each
   * {@code field: source} part of the {@code source} strings, split at {@code "; "}.
   *
   * @return an immutable sorted list of citations and labelled assumptions
   */
  public static List<String> sources() {
    Network network = load();
    ImmutableSortedSet.Builder<String> parts = ImmutableSortedSet.naturalOrder();
    Splitter splitter = Splitter.on("; ").trimResults().omitEmptyStrings();
    for (Node n : network.nodes()) {
      parts.addAll(splitter.split(n.source()));
    }
    for (Leg l : network.legs()) {
      parts.addAll(splitter.split(l.source()));
    }
    return ImmutableList.copyOf(parts.build());
  }

  private static Network read() {
    try (InputStream nodes = open(NODES_RESOURCE);
        InputStream legs = open(LEGS_RESOURCE);
        Reader n = new InputStreamReader(nodes, StandardCharsets.UTF_8);
        Reader l = new InputStreamReader(legs, StandardCharsets.UTF_8)) {
      return NetworkCsv.read(n, "nodes.csv", l, "legs.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = DefaultNetwork.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "resource must be on the class path, was missing " + resource);
    }
    return in;
  }
}
