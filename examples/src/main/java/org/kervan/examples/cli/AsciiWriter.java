package org.kervan.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Writes text through to a writer whose charset cannot show every character (e.g. {@code LANG=C}):
 * arrows and dashes become their ASCII spellings, accented letters lose their accents, and
 * anything else unencodable becomes {@code ?}, so {@code INNSA→GRPIR} prints as {@code
 * INNSA->GRPIR} rather than {@code INNSA?GRPIR}.
 */
final class AsciiWriter extends FilterWriter {
  private static final Map<Character, String> SPELLINGS = Map.of(
      '→', "->", '←', "<-", '×', "x", '–', "-", '—', "--", '≈', "~", '·', ".", '…', "...",
      '±', "+/-", '≤', "<=");

  private final CharsetEncoder encoder;

  private AsciiWriter(Writer out, Charset charset) {
    super(out);
    this.encoder = charset.newEncoder();
  }

  /** Returns {@code out} itself when its charset shows everything, else a transliterating one. */
  static Writer forCharset(Writer out, Charset charset) {
    return charset.newEncoder().canEncode("→×–é") ? out : new AsciiWriter(out, charset);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    String text = s.substring(off, off + len);
    if (encoder.canEncode(text)) {
      out.write(text);
      return;
    }
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (encoder.canEncode(c)) {
        b.append(c);
      } else if (SPELLINGS.containsKey(c)) {
        b.append(SPELLINGS.get(c));
      } else {
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
        b.append(!plain.isEmpty() && encoder.canEncode(plain) ? plain : "?");
      }
    }
    out.write(b.toString());
  }
}
