package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;

/**
 * Curated corridors over the {@link DefaultNetwork}: each is a fixed sequence of node ids with the
 * mode of every hop, which {@link #corridor(Network)} turns into a {@link Corridor} over a network
 * that has those legs. Sea stretches list every lane waypoint and chokepoint passed.
 *
 * <p>Scenarios that remove legs (e.g. {@code removeLegsWithStatus(PLANNED)} for "IMEC today", or a
 * closed strait) make the corridors that need those legs unavailable: {@link #corridor(Network)}
 * then throws and {@link #find(Network)} is empty. This enum is immutable and thread-safe.
 */
public enum NamedCorridor {
  /**
   * IMEC as planned: Nhava Sheva by sea to Fujairah, Etihad Rail to Ghuwaifat, the planned
   * UAE–Saudi link to Haradh, Riyadh, the North–South railway to Al Haditha, the planned Jordan
   * link to Beit She'an and Haifa, then by sea to Piraeus.
   */
  IMEC_AS_PLANNED(
      "IMEC as planned (Nhava Sheva - Fujairah - rail - Haifa - Piraeus)",
      Mode.SEA,
      "INNSA",
      "WP_MUMBAI_HARBOUR_1",
      "WP_MUMBAI_APPROACH",
      "WP_RAS_AL_HADD",
      "WP_GULF_OF_OMAN",
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
      "WP_KASOS",
      "WP_CRETE_NORTH",
      "WP_MILOS_SOUTH",
      "WP_MILOS_WEST",
      "WP_SARONIC",
      "GRPIR"),
  /**
   * The IMEC road bridge that runs today: Nhava Sheva by sea to Jebel Ali, trucks through Saudi
   * Arabia and Jordan to Haifa, then by sea to Piraeus.
   */
  IMEC_ROAD_BRIDGE_TODAY(
      "IMEC road bridge today (Nhava Sheva - Jebel Ali - trucks - Haifa - Piraeus)",
      Mode.SEA,
      "INNSA",
      "WP_MUMBAI_HARBOUR_1",
      "WP_MUMBAI_APPROACH",
      "WP_RAS_AL_HADD",
      "WP_GULF_OF_OMAN",
      "CP_HORMUZ",
      "WP_WEST_OF_MUSANDAM",
      "WP_OFF_DUBAI",
      "AEJEA",
      Mode.ROAD,
      "AE_GHUWAIFAT_ROAD",
      "SARUH",
      "SA_AL_HADITHA_ROAD",
      "JO_SHEIKH_HUSSEIN_ROAD",
      "ILHFA",
      Mode.SEA,
      "WP_KASOS",
      "WP_CRETE_NORTH",
      "WP_MILOS_SOUTH",
      "WP_MILOS_WEST",
      "WP_SARONIC",
      "GRPIR"),
  /** All sea from Nhava Sheva to Piraeus through Bab-el-Mandeb, the Red Sea and Suez. */
  SUEZ_ALL_SEA(
      "Suez all-sea (Nhava Sheva - Suez - Piraeus)",
      Mode.SEA,
      "INNSA",
      "WP_MUMBAI_HARBOUR_1",
      "WP_MUMBAI_APPROACH",
      "WP_ARABIAN_SEA",
      "WP_SOCOTRA_NORTH",
      "WP_GUARDAFUI",
      "WP_GULF_OF_ADEN",
      "CP_BAB_EL_MANDEB",
      "WP_RED_SEA_SOUTH",
      "WP_RED_SEA_CENTRAL",
      "WP_RED_SEA_NORTH",
      "WP_GUBAL_1",
      "WP_GULF_OF_SUEZ",
      "WP_GULF_OF_SUEZ_MID",
      "WP_GULF_OF_SUEZ_N_1",
      "WP_SUEZ_SOUTH",
      "CP_SUEZ",
      "WP_PORT_SAID",
      "WP_KASOS",
      "WP_CRETE_NORTH",
      "WP_MILOS_SOUTH",
      "WP_MILOS_WEST",
      "WP_SARONIC",
      "GRPIR"),
  /**
   * All sea from Nhava Sheva to Piraeus round the Cape of Good Hope and through Gibraltar, as ships
   * ran during the 2024 Red Sea crisis.
   */
  CAPE_ALL_SEA(
      "Cape all-sea (Nhava Sheva - Cape of Good Hope - Gibraltar - Piraeus)",
      Mode.SEA,
      "INNSA",
      "WP_MUMBAI_HARBOUR_1",
      "WP_MUMBAI_APPROACH",
      "WP_SOUTH_MADAGASCAR",
      "WP_AGULHAS",
      "CP_CAPE_OF_GOOD_HOPE",
      "WP_SOUTH_ATLANTIC",
      "WP_OFF_LIBERIA",
      "WP_OFF_DAKAR",
      "WP_CANARIES_WEST",
      "WP_CAPE_ST_VINCENT",
      "CP_GIBRALTAR",
      "WP_ALBORAN",
      "WP_ALGERIA_NORTH",
      "WP_SICILY_CHANNEL",
      "WP_MALTA_EAST",
      "WP_SOUTH_CRETE",
      "WP_CRETE_WEST",
      "WP_KYTHERA",
      "WP_MYRTOAN",
      "WP_SARONIC",
      "GRPIR"),
  /**
   * The Middle Corridor (Trans-Caspian International Transport Route): Xi'an by rail through
   * Khorgos/Altynkol and Almaty to Aktau, the Caspian ferry to Baku (Alat), rail through Tbilisi to
   * Poti and the Black Sea ferry to Constanța.
   */
  MIDDLE_CORRIDOR(
      "Middle Corridor (Xi'an - Khorgos - Aktau - Caspian - Baku - Poti - Constanta)",
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
   * The International North–South Transport Corridor: Nhava Sheva by sea to Bandar Abbas, Iranian
   * rail to Rasht, road to Bandar Anzali, the Caspian ferry to Astrakhan and rail to Moscow.
   */
  INSTC(
      "INSTC (Nhava Sheva - Bandar Abbas - Tehran - Anzali - Astrakhan - Moscow)",
      Mode.SEA,
      "INNSA",
      "WP_MUMBAI_HARBOUR_1",
      "WP_MUMBAI_APPROACH",
      "WP_RAS_AL_HADD",
      "WP_GULF_OF_OMAN",
      "CP_HORMUZ",
      "WP_BANDAR_ABBAS_APPROACH",
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
  private final ImmutableList<String> nodeIds;
  private final ImmutableList<Mode> modes;

  NamedCorridor(String title, Object... path) {
    this.title = title;
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
   * Returns the node ids in order, origin first.
   *
   * @return an immutable list, at least two ids
   */
  public List<String> nodeIds() {
    return nodeIds;
  }

  /**
   * Returns the mode of each hop; hop {@code i} runs from node {@code i} to node {@code i + 1}.
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
   * Returns the legs of this corridor in a network.
   *
   * @param network the network, which must have a leg for every hop
   * @return the legs in order
   * @throws IllegalArgumentException if the network lacks a hop's leg (e.g. it was removed in a
   *     scenario), naming the first missing leg
   */
  public List<Leg> legs(Network network) {
    checkNotNull(network, "network");
    ImmutableList.Builder<Leg> legs = ImmutableList.builderWithExpectedSize(modes.size());
    for (int i = 0; i < modes.size(); i++) {
      String from = nodeIds.get(i);
      String to = nodeIds.get(i + 1);
      Mode mode = modes.get(i);
      Optional<Leg> leg = network.leg(from, to, mode);
      if (leg.isEmpty()) {
        throw new IllegalArgumentException(
            "network must have leg "
                + from
                + ">"
                + to
                + ":"
                + mode
                + " of corridor "
                + name()
                + ", was missing");
      }
      legs.add(leg.get());
    }
    return legs.build();
  }

  /**
   * Returns this corridor over a network, {@code Corridor.of(network, legs(network))}.
   *
   * @param network the network, which must have a leg for every hop
   * @return the corridor, with waits charged as half the headway
   * @throws IllegalArgumentException if the network lacks a hop's leg
   */
  public Corridor corridor(Network network) {
    return Corridor.of(network, legs(network));
  }

  /**
   * Returns this corridor over the {@link DefaultNetwork}.
   *
   * @return the corridor
   */
  public Corridor corridor() {
    return corridor(DefaultNetwork.load());
  }

  /**
   * Returns this corridor over a network if the network has all its legs.
   *
   * @param network the network
   * @return the corridor, or empty if a leg is missing
   */
  public Optional<Corridor> find(Network network) {
    checkNotNull(network, "network");
    for (int i = 0; i < modes.size(); i++) {
      if (network.leg(nodeIds.get(i), nodeIds.get(i + 1), modes.get(i)).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(corridor(network));
  }
}
