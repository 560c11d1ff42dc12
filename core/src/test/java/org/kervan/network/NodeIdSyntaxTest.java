package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The character scan behind {@link Node#isValidId} agrees with the documented id syntax. */
class NodeIdSyntaxTest {
  // The syntax Node's Javadoc states, written out here independently of the class.
  private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
  private static final Pattern SYNTHETIC = Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)+");

  private static boolean documented(String id) {
    return id.length() <= 40 && (LOCODE.matcher(id).matches() || SYNTHETIC.matcher(id).matches());
  }

  @Provide
  Arbitrary<String> idLike() {
    return Arbitraries.strings().withChars("AKZ0129_a-ß ").ofMinLength(0).ofMaxLength(44);
  }

  @Provide
  Arbitrary<String> shortIdLike() {
    return Arbitraries.strings().withChars("ABZ0129_a@[").ofMinLength(4).ofMaxLength(6);
  }

  @Property(tries = 3000)
  void isValidId_agreesWithTheSyntax(@ForAll("idLike") String id) {
    assertEquals(documented(id), Node.isValidId(id), "'" + id + "'");
  }

  @Property(tries = 3000)
  void isValidId_agreesWithTheSyntax_nearLocodeLength(@ForAll("shortIdLike") String id) {
    assertEquals(documented(id), Node.isValidId(id), "'" + id + "'");
  }

  @Test
  void isValidId_examples() {
    String forty = "A_" + "B".repeat(38);
    for (String yes : new String[] {"INNSA", "KZ2A9", "A_B", "CP_SUEZ", "LANE_00051", forty}) {
      assertEquals(true, Node.isValidId(yes), yes);
    }
    for (String no :
        new String[] {
          "", "INNS", "INNSAA", "IN1SA", "in nsa", "_A_B", "A_B_", "A__B", "AB", "A1B2C3",
          forty + "C", "KZ0A9", "KZ1A9", "ÄB_C"
        }) {
      assertEquals(false, Node.isValidId(no), no);
    }
  }
}
