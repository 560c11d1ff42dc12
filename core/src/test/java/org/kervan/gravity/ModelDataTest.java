package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.network.HostileDoubles;

/** {@link ModelData#of}: validation of array inputs, and a fit through it. */
class ModelDataTest {
  private static final double[] Y = {4, 1, 2, 3};
  // Exporter and importer codes need not be dense.
  private static final int[] EXPORTER = {7, 7, 42, 42};
  private static final int[] IMPORTER = {0, 5, 0, 5};

  private static ModelData of(double[] y, double[] x, int[] exporter, int[] importer) {
    return ModelData.of(y, List.of("x"), List.of(x), List.of("exporter", "importer"),
        List.of(exporter, importer));
  }

  @Test
  void arrays_withSparseCodes_fitTheIndependenceModel() {
    ModelData data = ModelData.of(Y, List.of(), List.of(), List.of("exporter", "importer"),
        List.of(EXPORTER, IMPORTER));
    assertEquals(4, data.size());
    assertEquals(List.of(), data.regressorNames());
    GravityFit fit = Ppml.defaults().fit(data);
    // Rows 5, 5; columns 6, 4; total 10: mu_00 = 3, mu_01 = 2, mu_10 = 3, mu_11 = 2.
    double e7 = fit.fixedEffects("exporter").get("0");
    double e42 = fit.fixedEffects("exporter").get("1");
    double i0 = fit.fixedEffects("importer").get("0");
    double i5 = fit.fixedEffects("importer").get("1");
    assertEquals(Math.log(3), e7 + i0, 1e-6);
    assertEquals(Math.log(2), e7 + i5, 1e-6);
    assertEquals(Math.log(3), e42 + i0, 1e-6);
    assertEquals(Math.log(2), e42 + i5, 1e-6);
  }

  @Test
  void badArrays_areRejectedNamingTheParameter() {
    double[] x = {1, 2, 3, 4};
    assertEquals(List.of("x"), of(Y, x, EXPORTER, IMPORTER).regressorNames());
    assertEquals("response[1] must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> of(new double[] {1, Double.NaN, 1, 1}, x, EXPORTER, IMPORTER)).getMessage());
    assertEquals("x[3] must be finite, was -Infinity", assertThrows(IllegalArgumentException.class,
        () -> of(Y, new double[] {1, 2, 3, Double.NEGATIVE_INFINITY}, EXPORTER, IMPORTER))
        .getMessage());
    assertEquals("x.length must be 4, was 3", assertThrows(IllegalArgumentException.class,
        () -> of(Y, new double[] {1, 2, 3}, EXPORTER, IMPORTER)).getMessage());
    assertEquals("importer.length must be 4, was 5", assertThrows(IllegalArgumentException.class,
        () -> of(Y, x, EXPORTER, new int[] {0, 5, 0, 5, 0})).getMessage());
    assertEquals("exporter[2] must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
        () -> of(Y, x, new int[] {7, 7, -1, 42}, IMPORTER)).getMessage());
    assertEquals("regressors.size() must be 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> ModelData.of(Y, List.of("x"), List.of(), List.of(), List.of())).getMessage());
    assertEquals("fixedEffectCodes.size() must be 2, was 1",
        assertThrows(IllegalArgumentException.class, () -> ModelData.of(Y, List.of(), List.of(),
            List.of("exporter", "importer"), List.of(EXPORTER))).getMessage());
    assertEquals("response[0] must be >= 0, was -4.0", assertThrows(IllegalArgumentException.class,
        () -> Ppml.defaults().fit(of(new double[] {-4, 1, 2, 3}, x, EXPORTER, IMPORTER)))
        .getMessage());
  }

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void hostileCells_areRejectedOrKept(
      @ForAll("hostile") double response, @ForAll("hostile") double regressor) {
    ModelData data;
    try {
      data = of(new double[] {response, 1, 2, 3}, new double[] {regressor, 1, 0, 2},
          EXPORTER, IMPORTER);
    } catch (IllegalArgumentException e) {
      assertEquals(true,
          !HostileDoubles.finite(response) || !HostileDoubles.finite(regressor), e.getMessage());
      return;
    }
    assertEquals(response, data.y[0]);
    assertEquals(regressor, data.x[0][0]);
  }
}
