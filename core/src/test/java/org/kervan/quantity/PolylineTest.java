package org.kervan.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolylineTest {

  @Test
  void equalsAndHashCode_compareCoordinatesExactly() {
    new EqualsTester()
        .addEqualityGroup(
            Polyline.empty(), Polyline.of(List.of()), Polyline.ofLatLon())
        .addEqualityGroup(
            Polyline.ofLatLon(1, 2, 3, 4),
            Polyline.of(List.of(GeoPoint.of(1, 2), GeoPoint.of(3, 4))),
            Polyline.ofLatLon(1, 2, 3, 4).reversed().reversed())
        .addEqualityGroup(Polyline.ofLatLon(3, 4, 1, 2))
        .addEqualityGroup(Polyline.ofLatLon(0, 0), Polyline.ofLatLon(-0.0, -0.0))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(GeoPoint.class, GeoPoint.of(0, 0))
        .testAllPublicStaticMethods(Polyline.class);
    new NullPointerTester()
        .setDefault(GeoPoint.class, GeoPoint.of(0, 0))
        .testAllPublicInstanceMethods(Polyline.ofLatLon(1, 2));
  }

  @Test
  void ofLatLon_copiesItsArgument() {
    double[] c = {1, 2};
    Polyline p = Polyline.ofLatLon(c);
    c[0] = 50;
    assertEquals(1, p.latitude(0), 0.0);
  }

  @Test
  void badCoordinates_areRejectedNamingTheRule() {
    assertEquals(
        "latLon length must be even (latitude, longitude pairs), was 3",
        assertThrows(IllegalArgumentException.class, () -> Polyline.ofLatLon(1, 2, 3))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Polyline.ofLatLon(91, 0))
            .getMessage()
            .startsWith("latitude"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Polyline.ofLatLon(0, Double.NaN))
            .getMessage()
            .startsWith("longitude"));
    assertThrows(IndexOutOfBoundsException.class, () -> Polyline.ofLatLon(1, 2).latitude(1));
    assertThrows(IndexOutOfBoundsException.class, () -> Polyline.ofLatLon(1, 2).longitude(-1));
  }

  @Test
  void accessors_returnThePointsInOrder() {
    Polyline p = Polyline.ofLatLon(10, 20, 30, 40, 50, 60);
    assertEquals(3, p.size());
    assertEquals(List.of(GeoPoint.of(10, 20), GeoPoint.of(30, 40), GeoPoint.of(50, 60)), p.points());
    assertEquals(Polyline.ofLatLon(50, 60, 30, 40, 10, 20), p.reversed());
    Polyline one = Polyline.ofLatLon(1, 2);
    assertSame(one, one.reversed());
    assertTrue(Polyline.empty().isEmpty());
  }

  @Test
  void lengthKm_sumsGreatCirclesThroughEveryPoint() {
    // Along the equator, 0 to 3 degrees east through 1 and 2: three degrees of a great circle,
    // 2 pi R / 360 each on a sphere of radius 6371.0088 km.
    double degree = 2 * Math.PI * 6371.0088 / 360;
    Polyline via = Polyline.ofLatLon(0, 1, 0, 2);
    assertEquals(3 * degree, via.lengthKm(GeoPoint.of(0, 0), GeoPoint.of(0, 3)), 1e-9);
    // A detour north adds length: 0,0 -> 1,1 -> 0,2 is longer than 2 degrees.
    assertTrue(
        Polyline.ofLatLon(1, 1).lengthKm(GeoPoint.of(0, 0), GeoPoint.of(0, 2)) > 2 * degree);
    assertEquals(
        degree, Polyline.empty().lengthKm(GeoPoint.of(0, 0), GeoPoint.of(1, 0)), 1e-9);
  }

  @Test
  void toString_isShortWithDegrees() {
    assertEquals("Polyline[0 points]", Polyline.empty().toString());
    assertEquals("Polyline[1 point, (1.0000, 2.0000)]", Polyline.ofLatLon(1, 2).toString());
    assertEquals(
        "Polyline[3 points, (1.0000, 2.0000) .. (5.5000, 6.2500)]",
        Polyline.ofLatLon(1, 2, 3, 4, 5.5, 6.25).toString());
  }
}
