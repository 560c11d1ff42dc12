package org.kervan.data;

import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.quantity.Speed;

class NullArgumentsTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Network.class, DefaultNetwork.load())
        .setDefault(Corridor.class, NamedCorridor.SUEZ_ALL_SEA.corridor())
        .setDefault(Path.class, Path.of("unused.csv"))
        .setDefault(Speed.class, Speed.ofKnots(14));
  }

  @Test
  void publicStaticMethods_rejectNullsNamingTheParameter() {
    tester().testAllPublicStaticMethods(NetworkCsv.class);
    tester().testAllPublicStaticMethods(GeoJson.class);
    tester().testAllPublicStaticMethods(DefaultNetwork.class);
  }

  @Test
  void namedCorridorMethods_rejectNulls() {
    for (NamedCorridor c : NamedCorridor.values()) {
      tester().testAllPublicInstanceMethods(c);
    }
  }
}
