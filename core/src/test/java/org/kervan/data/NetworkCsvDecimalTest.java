package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The character scan that accepts decimal cells agrees with the documented number syntax. */
class NetworkCsvDecimalTest {
  // The syntax NetworkCsv's Javadoc states, written out here independently of the class.
  private static final Pattern SYNTAX =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("0123456789.+-eE xN").ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 3000)
  void isDecimal_agreesWithTheSyntax(@ForAll("numberLike") String s) {
    assertEquals(SYNTAX.matcher(s).matches(), NetworkCsv.isDecimal(s), "'" + s + "'");
  }

  @Test
  void isDecimal_examples() {
    for (String yes : new String[] {"0", "-12.5", "+.5", "12.", "1e3", "2.5E-4", "29.632"}) {
      assertTrue(NetworkCsv.isDecimal(yes), yes);
    }
    for (String no : new String[] {"", ".", "-", "1.2.3", "NaN", "Infinity", "0x1p3", "1d", " 1"}) {
      assertFalse(NetworkCsv.isDecimal(no), no);
    }
  }
}
