package org.kervan.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void greatCircle_oneDegreeOfLatitude_isOneSixtiethOfTheMeridianCircle() {
    // 2πR/360 with R = 6371.0088 km: 111.19508 km per degree on the sphere.
    double expected = 2 * Math.PI * GeoPoint.EARTH_RADIUS_KM / 360;
    assertEquals(expected, GeoPoint.of(0, 0).greatCircleKm(GeoPoint.of(1, 0)), 1e-9);
  }

  @Test
  void greatCircle_antipodes_isHalfTheCircumference() {
    assertEquals(
        Math.PI * GeoPoint.EARTH_RADIUS_KM,
        GeoPoint.of(10, 20).greatCircleKm(GeoPoint.of(-10, -160)),
        // Haversine is ill-conditioned at antipodes: about 0.2 m of rounding on 20,015 km.
        1e-3);
  }

  @Test
  void greatCircle_agreesWithTheSphericalLawOfCosines() {
    // An independent formula: d = R acos(sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ), well conditioned
    // at these distances. Haifa (32.82 N, 35.00 E) to Piraeus (37.94 N, 23.63 E).
    double phi1 = Math.toRadians(32.82);
    double phi2 = Math.toRadians(37.94);
    double dLambda = Math.toRadians(23.63 - 35.00);
    double expected =
        GeoPoint.EARTH_RADIUS_KM
            * Math.acos(
                Math.sin(phi1) * Math.sin(phi2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.cos(dLambda));
    assertEquals(expected, GeoPoint.of(32.82, 35.00).greatCircleKm(GeoPoint.of(37.94, 23.63)), 1e-6);
  }

  @Test
  void greatCircle_acrossTheAntimeridian_takesTheShortWay() {
    double km = GeoPoint.of(0, 179.5).greatCircleKm(GeoPoint.of(0, -179.5));
    assertEquals(2 * Math.PI * GeoPoint.EARTH_RADIUS_KM / 360, km, 1e-6);
  }

  @Property(tries = 500)
  void greatCircle_isSymmetric(
      @ForAll @DoubleRange(min = -90, max = 90) double lat1,
      @ForAll @DoubleRange(min = -180, max = 180) double lon1,
      @ForAll @DoubleRange(min = -90, max = 90) double lat2,
      @ForAll @DoubleRange(min = -180, max = 180) double lon2) {
    GeoPoint a = GeoPoint.of(lat1, lon1);
    GeoPoint b = GeoPoint.of(lat2, lon2);
    assertEquals(a.greatCircleKm(b), b.greatCircleKm(a), 1e-9);
    assertTrue(a.greatCircleKm(b) >= 0);
    assertTrue(a.greatCircleKm(b) <= Math.PI * GeoPoint.EARTH_RADIUS_KM + 1e-9);
  }

  @Property(tries = 500)
  void greatCircle_obeysTheTriangleInequality(
      @ForAll @DoubleRange(min = -90, max = 90) double lat1,
      @ForAll @DoubleRange(min = -180, max = 180) double lon1,
      @ForAll @DoubleRange(min = -90, max = 90) double lat2,
      @ForAll @DoubleRange(min = -180, max = 180) double lon2,
      @ForAll @DoubleRange(min = -90, max = 90) double lat3,
      @ForAll @DoubleRange(min = -180, max = 180) double lon3) {
    GeoPoint a = GeoPoint.of(lat1, lon1);
    GeoPoint b = GeoPoint.of(lat2, lon2);
    GeoPoint c = GeoPoint.of(lat3, lon3);
    assertTrue(a.greatCircleKm(c) <= a.greatCircleKm(b) + b.greatCircleKm(c) + 1e-6);
  }
}
