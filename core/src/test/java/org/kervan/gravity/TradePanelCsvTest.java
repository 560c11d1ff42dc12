package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradePanelCsvTest {
  private static final TradePanelCsv READER =
      TradePanelCsv.of("exporter", "importer", "year", "trade").withCovariates(List.of("DIST"));

  private static TradePanel read(String csv) {
    return READER.read(new StringReader(csv), "t.csv");
  }

  private static PanelFormatException bad(String csv) {
    return assertThrows(PanelFormatException.class, () -> read(csv));
  }

  @Test
  void read_goodFile_internsIdsAndKeepsOrder() {
    TradePanel p =
        read("exporter,importer,year,trade,DIST,other\nA,B,2000,1.5,10,x\nB,A,2000,0,10,y\nA,A,2001,7,1,z\n");
    assertEquals(3, p.size());
    assertEquals(List.of("A", "B"), p.countries());
    assertEquals(List.of("2000", "2001"), p.times());
    assertEquals("B", p.exporter(1));
    assertEquals(0.0, p.flow(1));
    assertEquals(1.0, p.covariate("DIST", 2));
    assertTrue(p.isDomestic(2));
    assertFalse(p.isWeighted());
    assertEquals(1.0, p.weight(0));
  }

  @Test
  void read_negativeFlow_namesLineAndColumn() {
    PanelFormatException e = bad("exporter,importer,year,trade,DIST\nA,B,2000,1,1\nA,C,2000,-2,1\n");
    assertEquals(3, e.line());
    assertEquals(4, e.column());
    assertEquals("t.csv:3: column 4 (trade): trade must be >= 0, was -2.0", e.getMessage());
  }

  @Test
  void read_nanCovariate_isAnError() {
    PanelFormatException e = bad("exporter,importer,year,trade,DIST\nA,B,2000,1,NaN\n");
    assertEquals(2, e.line());
    assertEquals(5, e.column());
    assertTrue(e.getMessage().contains("DIST must be finite"), e.getMessage());
  }

  @Test
  void read_badNumber_quotesTheCell() {
    PanelFormatException e = bad("exporter,importer,year,trade,DIST\nA,B,2000,lots,1\n");
    assertTrue(e.getMessage().contains("trade must be a decimal number, was 'lots'"), e.getMessage());
  }

  @Test
  void read_duplicateKey_namesBothLines() {
    PanelFormatException e =
        bad("exporter,importer,year,trade,DIST\nA,B,2000,1,1\nB,A,2000,1,1\nA,B,2000,3,1\n");
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("repeat of line 2"), e.getMessage());
  }

  @Test
  void read_missingColumn_namesIt() {
    PanelFormatException e = bad("exporter,importer,year,trade\nA,B,2000,1\n");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("'DIST'"), e.getMessage());
  }

  @Test
  void read_emptyId_andShortRecord_areErrors() {
    assertEquals(2, bad("exporter,importer,year,trade,DIST\n,B,2000,1,1\n").line());
    assertEquals(2, bad("exporter,importer,year,trade,DIST\nA,B,2000,1\n").line());
  }

  @Test
  void read_weights_mustBePositive() {
    TradePanelCsv w = READER.withWeights("w");
    TradePanel p = w.read(new StringReader("exporter,importer,year,trade,DIST,w\nA,B,1,1,1,2.5\n"), "w.csv");
    assertEquals(2.5, p.weight(0));
    assertThrows(
        PanelFormatException.class,
        () -> w.read(new StringReader("exporter,importer,year,trade,DIST,w\nA,B,1,1,1,0\n"), "w.csv"));
  }

  @Test
  void builder_rejectsBadValues() {
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    assertThrows(IllegalArgumentException.class, () -> b.add("A", "B", "1", Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> b.add("A", "B", "1", 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.add("A", "B", "1", 1));
    b.add("A", "B", "1", 1, 1).add("A", "B", "1", 2, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("(A, B, 1) at rows 0 and 1"), e.getMessage());
  }

  @Test
  void filterAndWithCovariate_makeNewPanels() {
    TradePanel p = read("exporter,importer,year,trade,DIST\nA,B,1,1,10\nA,A,1,5,1\n");
    TradePanel intl = p.filter(i -> !p.isDomestic(i));
    assertEquals(1, intl.size());
    TradePanel withLn = intl.withCovariate("ln", new double[] {Math.log(10)});
    assertEquals(Math.log(10), withLn.covariate("ln", 0));
    assertThrows(IllegalArgumentException.class, () -> withLn.withCovariate("ln", new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> p.covariate("nope", 0));
  }
}
