package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.Router;

/**
 * Curated corridors over the {@link DefaultNetwork}: each is a fixed sequence of stops (node ids)
 * with the mode of every hop, which {@link #corridor(Network)} turns into a {@link Corridor} over a
 * network. A land or ferry hop is the network's leg between the two stops; a sea hop between stops
 * that no single leg joins is the fastest all-sea path between them (sea legs only, as a ship
 * sails it), so sea stretches list only ports and the chokepoints that define the corridor.
 *
 * <p>A corridor names the {@link DefaultNetwork.Scenario} it needs ({@link #scenario()}): {@link
 * #IMEC_AS_PLANNED} runs over links not built yet and needs {@link DefaultNetwork.Scenario#PLANNED},
 * so {@link #corridor()} reads {@code DefaultNetwork.load(Scenario.PLANNED)} for it and {@link
 * #corridor(Network)} over {@link DefaultNetwork#load()} throws. Scenarios that remove legs (a
 * closed strait, {@code removeLegsWithStatus(PLANNED)}) make the corridors that need those legs
 * unavailable the same way: {@link #corridor(Network)} throws and {@link #find(Network)} is empty.
 * This enum is immutable and thread-safe.
 */
public enum NamedCorridor {
  /**
   * IMEC as planned: Nhava Sheva by sea to Fujairah, Etihad Rail to Ghuwaifat, the planned
   * UAE–Saudi link to Haradh, Riyadh, the North–South railway to Al Haditha, the planned Jordan
   * link to Beit She'an and Haifa, then by sea to Piraeus.
   */
  IMEC_AS_PLANNED(
      "IMEC as planned (Nhava Sheva - Fujairah - rail - Haifa - Piraeus)",
      DefaultNetwork.Scenario.PLANNED,
      Mode.SEA,
      "INNSA",
      "AEFJR",
      Mode.RAIL,
      "AE_GHUWAIFAT",
      "SA_HARADH",
      "SARUH",
      "SA_AL_HADITHA",
      "JO_MAFRAQ",
      "JO_SHEIKH_HUSSEIN",
      "IL_BEIT_SHEAN",
      "ILHFA",
      Mode.SEA,
      "GRPIR"),
  /**
   * The IMEC road bridge that runs today: Nhava Sheva by sea to Jebel Ali, trucks through Saudi
   * Arabia and Jordan to Haifa, then by sea to Piraeus.
   */
  IMEC_ROAD_BRIDGE_TODAY(
      "IMEC road bridge today (Nhava Sheva - Jebel Ali - trucks - Haifa - Piraeus)",
      DefaultNetwork.Scenario.TODAY,
      Mode.SEA,
      "INNSA",
      "CP_HORMUZ",
      "AEJEA",
      Mode.ROAD,
      "AE_GHUWAIFAT_ROAD",
      "SARUH",
      "SA_AL_HADITHA_ROAD",
      "JO_SHEIKH_HUSSEIN_ROAD",
      "ILHFA",
      Mode.SEA,
      "GRPIR"),
  /** All sea from Nhava Sheva to Piraeus through Bab-el-Mandeb, the Red Sea and Suez. */
  SUEZ_ALL_SEA(
      "Suez all-sea (Nhava Sheva - Suez - Piraeus)",
      DefaultNetwork.Scenario.TODAY,
      Mode.SEA,
      "INNSA",
      "CP_BAB_EL_MANDEB",
      "CP_SUEZ",
      "GRPIR"),
  /**
   * All sea from Nhava Sheva to Piraeus round the Cape of Good Hope and through Gibraltar, as ships
   * ran during the 2024 Red Sea crisis.
   */
  CAPE_ALL_SEA(
      "Cape all-sea (Nhava Sheva - Cape of Good Hope - Gibraltar - Piraeus)",
      DefaultNetwork.Scenario.TODAY,
      Mode.SEA,
      "INNSA",
      "CP_CAPE_OF_GOOD_HOPE",
      "CP_GIBRALTAR",
      "GRPIR"),
  /**
   * The Middle Corridor (Trans-Caspian International Transport Route): Xi'an by rail through
   * Khorgos/Altynkol and Almaty to Aktau, the Caspian ferry to Baku (Alat), rail through Tbilisi to
   * Poti and the Black Sea ferry to Constanța.
   */
  MIDDLE_CORRIDOR(
      "Middle Corridor (Xi'an - Khorgos - Aktau - Caspian - Baku - Poti - Constanta)",
      DefaultNetwork.Scenario.TODAY,
      Mode.RAIL,
      "CN_XIAN",
      "CN_KHORGOS",
      "KZ_ALTYNKOL",
      "KZALA",
      "KZ_BEYNEU",
      "KZAKX",
      Mode.FERRY,
      "AZBAK",
      Mode.RAIL,
      "AZ_BOYUK_KESIK",
      "GETBS",
      "GEPTI",
      Mode.FERRY,
      "ROCND"),
  /**
   * The Middle Corridor's Turkish branch: as {@link #MIDDLE_CORRIDOR} to Baku, then the
   * Baku–Tbilisi–Kars railway (gauge break at Akhalkalaki) and Turkish rail to Mersin.
   */
  MIDDLE_CORRIDOR_BTK(
      "Middle Corridor via Baku-Tbilisi-Kars (Xi'an - Aktau - Baku - Kars - Mersin)",
      DefaultNetwork.Scenario.TODAY,
      Mode.RAIL,
      "CN_XIAN",
      "CN_KHORGOS",
      "KZ_ALTYNKOL",
      "KZALA",
      "KZ_BEYNEU",
      "KZAKX",
      Mode.FERRY,
      "AZBAK",
      Mode.RAIL,
      "AZ_BOYUK_KESIK",
      "GETBS",
      "GE_AKHALKALAKI",
      "TR_KARS",
      "TRMER"),
  /**
   * The Northern corridor: Xi'an through Alashankou/Dostyk, Kazakhstan, Russia and Belarus to
   * Małaszewicze (gauge break) and Duisburg.
   */
  NORTHERN_CORRIDOR(
      "Northern corridor (Xi'an - Dostyk - Moscow - Brest - Malaszewicze - Duisburg)",
      DefaultNetwork.Scenario.TODAY,
      Mode.RAIL,
      "CN_XIAN",
      "CN_ALASHANKOU",
      "KZ_DOSTYK",
      "KZ_ASTANA",
      "KZ_PETROPAVL",
      "RUMOW",
      "BY_BREST",
      "PL_MALASZEWICZE",
      "DEDUI"),
  /**
   * The China–Europe block train from the coast: Shanghai by rail to Xi'an, then the Northern
   * corridor through Alashankou/Dostyk, Kazakhstan, Russia, Belarus and Małaszewicze to Hamburg.
   */
  NORTHERN_CORRIDOR_SHANGHAI_HAMBURG(
      "Northern corridor from the coast (Shanghai - Xi'an - Dostyk - Moscow - Malaszewicze - Hamburg)",
      DefaultNetwork.Scenario.TODAY,
      Mode.RAIL,
      "CNSHA",
      "CN_XIAN",
      "CN_ALASHANKOU",
      "KZ_DOSTYK",
      "KZ_ASTANA",
      "KZ_PETROPAVL",
      "RUMOW",
      "BY_BREST",
      "PL_MALASZEWICZE",
      "DEHAM"),
  /**
   * The traditional INSTC to Northern Europe: Nhava Sheva by sea to Bandar Abbas, Iranian rail to
   * Rasht, road to Bandar Anzali, the Caspian ferry to Astrakhan, rail to Moscow and St Petersburg,
   * then by sea across the Baltic to Hamburg.
   */
  INSTC_VIA_ST_PETERSBURG(
      "INSTC via St Petersburg (Nhava Sheva - Bandar Abbas - Anzali - Astrakhan - St Petersburg - Hamburg)",
      DefaultNetwork.Scenario.TODAY,
      Mode.SEA,
      "INNSA",
      "CP_HORMUZ",
      "IRBND",
      Mode.RAIL,
      "IRTHR",
      "IR_RASHT",
      Mode.ROAD,
      "IR_ANZALI",
      Mode.FERRY,
      "RU_ASTRAKHAN",
      Mode.RAIL,
      "RUMOW",
      "RULED",
      Mode.SEA,
      "DEHAM"),
  /**
   * The International North–South Transport Corridor: Nhava Sheva by sea to Bandar Abbas, Iranian
   * rail to Rasht, road to Bandar Anzali, the Caspian ferry to Astrakhan and rail to Moscow.
   */
  INSTC(
      "INSTC (Nhava Sheva - Bandar Abbas - Tehran - Anzali - Astrakhan - Moscow)",
      DefaultNetwork.Scenario.TODAY,
      Mode.SEA,
      "INNSA",
      "CP_HORMUZ",
      "IRBND",
      Mode.RAIL,
      "IRTHR",
      "IR_RASHT",
      Mode.ROAD,
      "IR_ANZALI",
      Mode.FERRY,
      "RU_ASTRAKHAN",
      Mode.RAIL,
      "RUMOW");

  private final String title;
  private final DefaultNetwork.Scenario scenario;
  private final ImmutableList<String> nodeIds;
  private final ImmutableList<Mode> modes;

  NamedCorridor(String title, DefaultNetwork.Scenario scenario, Object... path) {
    this.title = title;
    this.scenario = scenario;
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    ImmutableList.Builder<Mode> hops = ImmutableList.builder();
    Mode mode = null;
    int count = 0;
    for (Object o : path) {
      if (o instanceof Mode) {
        mode = (Mode) o;
      } else {
        ids.add((String) o);
        if (count++ > 0) {
          hops.add(mode);
        }
      }
    }
    this.nodeIds = ids.build();
    this.modes = hops.build();
  }

  /**
   * Returns a short human-readable title naming the main stops.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the scenario of the default data this corridor needs: {@link
   * DefaultNetwork.Scenario#PLANNED} when it uses links not built yet, else {@link
   * DefaultNetwork.Scenario#TODAY}.
   *
   * @return the scenario {@link #corridor()} loads
   */
  public DefaultNetwork.Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the stops' node ids in order, origin first: every node of a land or ferry stretch, and
   * the ports and defining chokepoints of a sea stretch (see {@link #legs(Network)}).
   *
   * @return an immutable list, at least two ids
   */
  public List<String> nodeIds() {
    return nodeIds;
  }

  /**
   * Returns the mode of each hop; hop {@code i} runs from stop {@code i} to stop {@code i + 1}.
   *
   * @return an immutable list, one shorter than {@link #nodeIds()}
   */
  public List<Mode> modes() {
    return modes;
  }

  /**
   * Returns the origin's id.
   *
   * @return the first node id
   */
  public String originId() {
    return nodeIds.get(0);
  }

  /**
   * Returns the destination's id.
   *
   * @return the last node id
   */
  public String destinationId() {
    return nodeIds.get(nodeIds.size() - 1);
  }

  /**
   * Returns the legs of this corridor in a network: for each hop the network's leg between the two
   * stops by the hop's mode, or for a sea hop with no such leg the legs of the fastest path between
   * them over sea legs only.
   *
   * @param network the network, which must have a leg for every land or ferry hop and a sea path
   *     for every sea hop
   * @return the legs in order
   * @throws IllegalArgumentException if the network lacks a hop's leg or sea path (e.g. it was
   *     removed in a scenario), naming the first missing hop
   */
  public List<Leg> legs(Network network) {
    checkNotNull(network, "network");
    return resolve(network)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "network must have every hop of corridor "
                        + name()
                        + ", was missing "
                        + missingHop(network)));
  }

  private String missingHop(Network network) {
    Router router = seaRouter(network);
    for (int i = 0; i < modes.size(); i++) {
      if (hop(network, router, i).isEmpty()) {
        return nodeIds.get(i) + ">" + nodeIds.get(i + 1) + ":" + modes.get(i);
      }
    }
    return "none";
  }

  private Optional<List<Leg>> resolve(Network network) {
    Router router = seaRouter(network);
    ImmutableList.Builder<Leg> legs = ImmutableList.builder();
    for (int i = 0; i < modes.size(); i++) {
      Optional<List<Leg>> hop = hop(network, router, i);
      if (hop.isEmpty()) {
        return Optional.empty();
      }
      legs.addAll(hop.get());
    }
    return Optional.of(legs.build());
  }

  private Optional<List<Leg>> hop(Network network, Router router, int i) {
    String from = nodeIds.get(i);
    String to = nodeIds.get(i + 1);
    Optional<Leg> leg = network.leg(from, to, modes.get(i));
    if (leg.isPresent()) {
      return Optional.of(List.of(leg.get()));
    }
    if (modes.get(i) != Mode.SEA || !network.contains(from) || !network.contains(to)) {
      return Optional.empty();
    }
    return router
        .route(RouteRequest.of(from, to).avoidingModes(NOT_SEA))
        .map(Corridor::legs);
  }

  private static final Mode[] NOT_SEA = {
    Mode.RAIL, Mode.ROAD, Mode.FERRY, Mode.INLAND_WATERWAY, Mode.AIR
  };

  private static Router seaRouter(Network network) {
    return DijkstraRouter.of(network);
  }

  /**
   * Returns this corridor over a network, {@code Corridor.of(network, legs(network))}.
   *
   * @param network the network, which must have every hop (see {@link #legs(Network)})
   * @return the corridor, with waits charged as half the headway
   * @throws IllegalArgumentException if the network lacks a hop
   */
  public Corridor corridor(Network network) {
    return Corridor.of(network, legs(network));
  }

  /**
   * Returns this corridor over the {@link DefaultNetwork} under the scenario it needs, {@code
   * corridor(DefaultNetwork.load(scenario()))}.
   *
   * @return the corridor
   */
  public Corridor corridor() {
    return corridor(DefaultNetwork.load(scenario));
  }

  /**
   * Returns this corridor over a network if the network has all its legs.
   *
   * @param network the network
   * @return the corridor, or empty if a leg is missing
   */
  public Optional<Corridor> find(Network network) {
    checkNotNull(network, "network");
    return resolve(network).map(legs -> Corridor.of(network, legs));
  }
}
