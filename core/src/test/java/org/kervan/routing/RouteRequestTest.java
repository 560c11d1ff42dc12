package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.WaitPolicy;

/** Value semantics and argument checks of the request and result types. */
class RouteRequestTest {

  @Test
  void fluentCopies_buildTheDocumentedRequest() {
    RouteRequest r =
        RouteRequest.of("INNSA", "GRPIR")
            .withCriterion(Criterion.TIME)
            .avoidingCountries("RU", "IR")
            .avoidingChokepoints("CP_SUEZ")
            .avoidingStatuses(LegStatus.PLANNED)
            .via("AEJEA");
    assertEquals(Set.of("RU", "IR"), r.options().avoidCountries());
    assertEquals(Set.of("CP_SUEZ"), r.options().avoidChokepoints());
    assertEquals(Set.of(LegStatus.PLANNED), r.options().avoidStatuses());
    assertEquals(List.of("AEJEA"), r.vias());
    assertEquals(
        "INNSA→GRPIR via [AEJEA] (TIME, EXPECTED_HALF_HEADWAY, avoid [RU, IR, CP_SUEZ, PLANNED])",
        r.toString());
    assertEquals(
        "GENERALISED_COST @ 12.50 USD/TEU/day, EXPECTED_HALF_HEADWAY",
        RouteOptions.defaults().withGeneralisedCost(12.5).toString());
  }

  @Test
  void equals_followsComponents() {
    RouteRequest base = RouteRequest.of("INNSA", "GRPIR");
    new EqualsTester()
        .addEqualityGroup(base, RouteRequest.of("INNSA", "GRPIR"))
        .addEqualityGroup(base.withCriterion(Criterion.COST))
        .addEqualityGroup(base.withGeneralisedCost(100), base.withGeneralisedCost(100.0))
        .addEqualityGroup(base.avoidingCountries("IR", "RU"), base.avoidingCountries("RU", "IR"))
        .addEqualityGroup(base.avoidingModes(Mode.RAIL))
        .addEqualityGroup(base.avoidingNodes("AEJEA"))
        .addEqualityGroup(base.via("AEJEA"))
        .addEqualityGroup(base.withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES))
        .addEqualityGroup(RouteRequest.of("GRPIR", "INNSA"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new RouteConstraint(RouteConstraint.Kind.COUNTRY, "IR"),
            new RouteConstraint(RouteConstraint.Kind.COUNTRY, "IR"))
        .addEqualityGroup(new RouteConstraint(RouteConstraint.Kind.CHOKEPOINT, "CP_SUEZ"))
        .testEquals();
  }

  @Test
  void nulls_throwNamingParameter() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(RouteOptions.class, RouteOptions.defaults());
    t.setDefault(RouteRequest.class, RouteRequest.of("INNSA", "GRPIR"));
    t.setDefault(String.class, "INNSA");
    t.testAllPublicStaticMethods(RouteRequest.class);
    t.testAllPublicInstanceMethods(RouteRequest.of("INNSA", "GRPIR"));
    t.testAllPublicInstanceMethods(RouteOptions.defaults());
    t.testAllPublicStaticMethods(RouteMatrix.class);
    assertEquals(
        "origin",
        assertThrows(NullPointerException.class, () -> RouteRequest.of(null, "GRPIR"))
            .getMessage());
    assertEquals(
        "nodes[1]",
        assertThrows(
                NullPointerException.class,
                () -> RouteRequest.of("INNSA", "GRPIR").via("AEJEA", null))
            .getMessage());
  }

  @Test
  void badInput_messagesNameParameterAndValue() {
    assertEquals(
        "valueOfTimeUsdPerTeuDay must be finite, >= 0 and <= 1.0E9, was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteRequest.of("INNSA", "GRPIR").withGeneralisedCost(Double.NaN))
            .getMessage());
    assertEquals(
        "valueOfTimeUsdPerTeuDay must be finite, >= 0 and <= 1.0E9, was -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteOptions.defaults().withValueOfTime(-1))
            .getMessage());
    assertEquals(
        "destination must differ from origin, was 'INNSA'",
        assertThrows(IllegalArgumentException.class, () -> RouteRequest.of("INNSA", "INNSA"))
            .getMessage());
    assertEquals(
        "origin must be a UN/LOCODE or a synthetic id like CP_SUEZ, was 'innsa'",
        assertThrows(IllegalArgumentException.class, () -> RouteRequest.of("innsa", "GRPIR"))
            .getMessage());
    assertEquals(
        "avoidCountries element must be an ISO 3166-1 alpha-2 code, was 'XX'",
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteRequest.of("INNSA", "GRPIR").avoidingCountries("XX"))
            .getMessage());
    assertEquals(
        "vias[1] must differ from the origin, the destination and the via before it, was 'AEJEA'",
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteRequest.of("INNSA", "GRPIR").via("AEJEA", "AEJEA"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RouteRequest.of("INNSA", "GRPIR").via("GRPIR"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RouteConstraint(RouteConstraint.Kind.MODE, "TELEPORT"));
  }

  @Test
  void result_componentsMustAgreeWithOutcome() {
    RouteRequest r = RouteRequest.of("INNSA", "GRPIR");
    RouteConstraint suez = new RouteConstraint(RouteConstraint.Kind.CHOKEPOINT, "CP_SUEZ");
    assertThrows(
        IllegalArgumentException.class,
        () -> new RouteResult(r, RouteOutcome.FOUND, Optional.empty(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RouteResult(r, RouteOutcome.CUT_OFF_BY_CONSTRAINTS, Optional.empty(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RouteResult(r, RouteOutcome.UNREACHABLE, Optional.empty(), List.of(suez)));
    RouteResult cut = new RouteResult(r, RouteOutcome.CUT_OFF_BY_CONSTRAINTS, Optional.empty(), List.of(suez));
    assertEquals("INNSA→GRPIR: CUT_OFF_BY_CONSTRAINTS by [avoid CHOKEPOINT CP_SUEZ]", cut.toString());
    Corridor c = DijkstraRouter.of(RoutingFixtures.suezNetwork()).route(r).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(cut, new RouteResult(r, RouteOutcome.CUT_OFF_BY_CONSTRAINTS, Optional.empty(), List.of(suez)))
        .addEqualityGroup(new RouteResult(r, RouteOutcome.UNREACHABLE, Optional.empty(), List.of()))
        .addEqualityGroup(RouteResult.found(r, c), RouteResult.found(r, c))
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(RouteRequest.class, r);
    t.setDefault(Corridor.class, c);
    t.testAllPublicStaticMethods(RouteResult.class);
    t.testAllPublicConstructors(RouteResult.class);
    t.testAllPublicConstructors(RouteConstraint.class);
  }

  @Test
  void matrix_valueSemanticsAndChecks() {
    List<String> o = List.of("INNSA");
    List<String> d = List.of("GRPIR", "AEJEA");
    double[] v = {1.5, Double.POSITIVE_INFINITY};
    RouteMatrix m = RouteMatrix.of(o, d, Criterion.TIME, v);
    v[0] = 99;
    assertEquals(1.5, m.value(0, 0));
    assertEquals(false, m.isReachable(0, 1));
    new EqualsTester()
        .addEqualityGroup(m, RouteMatrix.of(o, d, Criterion.TIME, new double[] {1.5, Double.POSITIVE_INFINITY}))
        .addEqualityGroup(RouteMatrix.of(o, d, Criterion.COST, new double[] {1.5, Double.POSITIVE_INFINITY}))
        .addEqualityGroup(RouteMatrix.of(o, d, Criterion.TIME, new double[] {1.5, 2}))
        .testEquals();
    assertEquals(
        "values[1] must be >= 0, was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteMatrix.of(o, d, Criterion.TIME, new double[] {1, Double.NaN}))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RouteMatrix.of(o, d, Criterion.TIME, new double[1]));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.value(0, 2));
    assertEquals("column (2) must be less than size (2)", e.getMessage());
    assertEquals("RouteMatrix[TIME, 1 x 2]", m.toString());
  }
}
