package org.kervan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiWriterTest {
  @Test
  void asciiCharset_getsAsciiSpellings() {
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(AsciiWriter.forCharset(text, StandardCharsets.US_ASCII));
    w.print("INNSA→GRPIR ");
    w.print('×');
    w.print(" Türkiye – Zürich ∑");
    w.flush();
    assertEquals("INNSA->GRPIR x Turkiye - Zurich ?", text.toString());
  }

  @Test
  void latin1_keepsWhatItCanShow() {
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(AsciiWriter.forCharset(text, StandardCharsets.ISO_8859_1));
    w.print("Zürich→Genève");
    w.flush();
    assertEquals("Zürich->Genève", text.toString());
  }

  @Test
  void utf8_isPassedThrough() {
    Writer text = new StringWriter();
    assertSame(text, AsciiWriter.forCharset(text, StandardCharsets.UTF_8));
  }
}
