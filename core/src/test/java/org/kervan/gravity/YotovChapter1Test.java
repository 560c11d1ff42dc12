package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Yotov, Piermartini, Monteiro and Larch (2016), <i>An Advanced Guide to Trade Policy Analysis</i>,
 * chapter 1, application 1 ("traditional gravity estimates"): PPML with exporter-year and
 * importer-year fixed effects on international flows in 1986, 1990, ..., 2006, standard errors
 * clustered by pair. The expected values are the published ones (table of application 1, PPML
 * column), to the four decimals printed there.
 */
class YotovChapter1Test {
  private static GravityFit fit;

  @BeforeAll
  static void fitOnce() {
    TradePanel all = YotovData.chapter1();
    TradePanel panel = all.filter(i -> !all.isDomestic(i));
    fit =
        Ppml.defaults()
            .fit(
                panel,
                new GravityModel(
                    List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
                    List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME),
                    Vce.clusteredBy(Grouping.column("pair_id"))));
  }

  @Test
  void ppml_observations_are28152() {
    assertEquals(28_152, fit.observations());
  }

  @Test
  void ppml_coefficients_matchPublishedToFourDecimals() {
    assertEquals(-0.8409, fit.coefficient("ln_DIST"), 0.00005);
    assertEquals(0.4374, fit.coefficient("CNTG"), 0.00005);
    assertEquals(0.2475, fit.coefficient("LANG"), 0.00005);
    assertEquals(-0.2225, fit.coefficient("CLNY"), 0.00005);
  }

  @Test
  void ppml_clusteredStandardErrors_matchPublishedToFourDecimals() {
    assertEquals(0.0317, fit.standardError("ln_DIST"), 0.00005);
    assertEquals(0.0832, fit.standardError("CNTG"), 0.00005);
    assertEquals(0.0765, fit.standardError("LANG"), 0.00005);
    assertEquals(0.1162, fit.standardError("CLNY"), 0.00005);
  }
}
