package org.kervan.gravity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Loads the Yotov et al. (2016) test resources (see the README beside them). */
final class YotovData {
  private YotovData() {}

  static TradePanel read(String resource, List<String> covariates) {
    try (InputStream raw = YotovData.class.getResourceAsStream("yotov2016/" + resource);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      return TradePanelCsv.of("exporter", "importer", "year", "trade")
          .withCovariates(covariates)
          .read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chapter 1, application 1: the six years, with ln DIST added. */
  static TradePanel chapter1() {
    return withLnDist(
        read(
            "chapter1_application1_6years.csv.gz",
            List.of("pair_id", "DIST", "CNTG", "LANG", "CLNY")));
  }

  /** Chapter 2, application 1: the 2006 cross-section, with ln DIST added. */
  static TradePanel chapter2() {
    return withLnDist(
        read(
            "chapter2_trade_without_border_2006.csv.gz",
            List.of("pair_id", "DIST", "CNTG", "INTL_BRDR")));
  }

  private static TradePanel withLnDist(TradePanel p) {
    double[] ln = new double[p.size()];
    for (int i = 0; i < ln.length; i++) {
      ln[i] = Math.log(p.covariate("DIST", i));
    }
    return p.withCovariate("ln_DIST", ln);
  }
}
