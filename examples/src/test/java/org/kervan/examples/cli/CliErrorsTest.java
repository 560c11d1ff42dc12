package org.kervan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.kervan.examples.cli.Cli.Run;

class CliErrorsTest {
  @Test
  void unknownNode_namesTheFlagTheClosestIdsAndNodes() {
    Run r = Cli.run("route", "--from", "INNSAA", "--to", "GRPIR");
    assertEquals(1, r.code());
    // The world network has many ports one edit away; the closest comes first.
    assertTrue(
        r.err().strip().startsWith(
            "kervan: --from: no node 'INNSAA' in the embedded default network; did you mean INNSA,"),
        r.err());
    assertTrue(r.err().strip().endsWith("(list them with 'kervan nodes')"), r.err());
    Run via = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--via", "AEJEAX");
    assertEquals(1, via.code());
    assertTrue(via.err().startsWith("kervan: --via: no node 'AEJEAX'") && via.err().contains("AEJEA"), via.err());
    Run avoid = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUES");
    assertEquals(1, avoid.code());
    assertTrue(avoid.err().contains("--avoid: no node 'CP_SUES'") && avoid.err().contains("CP_SUEZ"), avoid.err());
  }

  @Test
  void badNumbers_nameTheFlag() {
    Run nan = Cli.run("gain", "--baseline-days", "NaN", "--new-days", "1");
    assertEquals(1, nan.code());
    assertEquals("kervan: --baseline-days must be finite and > 0, was NaN", nan.err().strip());
    Run value = Cli.run("gain", "--baseline-days", "12", "--new-days", "10", "--value-usd", "NaN");
    assertEquals("kervan: --value-usd must be finite and >= 0, was NaN", value.err().strip());
    Run inf = Cli.run("gain", "--baseline-days", "12", "--new-days", "10", "--value-usd", "Infinity", "--json");
    assertEquals(1, inf.code());
    JsonObject e = inf.json().getAsJsonObject("error");
    assertEquals(1, e.get("exitCode").getAsInt());
    assertEquals("--value-usd must be finite and >= 0, was Infinity", e.get("message").getAsString());
    Run vot = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--criterion", "generalised_cost",
        "--value-of-time", "-5");
    assertEquals("kervan: --value-of-time must be finite and >= 0, was -5.0", vot.err().strip());
    for (String k : new String[] {"0", "-1", "-5", "10001", "2147483647"}) {
      Run alt = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--alternatives", k);
      assertEquals(1, alt.code());
      assertEquals("kervan: --alternatives must be in [1, 10000], was " + k, alt.err().strip());
    }
    Run negative = Cli.run("gain", "--baseline-days", "12", "--new-days", "10", "--value-usd", "-1e9");
    assertEquals(1, negative.code());
    assertEquals("kervan: --value-usd must be finite and >= 0, was -1.0E9", negative.err().strip());
    for (String v : new String[] {"1e300", "Infinity", "NaN"}) {
      Run huge = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--criterion", "generalised_cost",
          "--value-of-time", v, "--json");
      assertEquals(1, huge.code(), v);
      // Errors in --json mode are valid JSON too.
      assertTrue(huge.json().getAsJsonObject("error").get("message").getAsString()
          .startsWith("--value-of-time must be finite"), v);
    }
  }

  @Test
  void ignoredFlags_areUsageErrors() {
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--value-of-time", "50");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("kervan: --value-of-time applies only with --criterion generalised_cost"), r.err());
    Run both = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--json", "--csv");
    assertEquals(2, both.code());
  }

  @Test
  void usage_exitCodesAndSuggestions() {
    Run none = Cli.run();
    assertEquals(2, none.code());
    assertTrue(none.err().contains("give a subcommand"), none.err());
    assertEquals("", none.out());
    Run typo = Cli.run("rout", "--from", "INNSA");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("Did you mean: kervan route?"), typo.err());
    Run missing = Cli.run("route", "--from", "INNSA");
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("kervan: Missing required option: '--to=ID'"), missing.err());
    Run badEnum = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--criterion", "fastest");
    assertEquals(2, badEnum.code());
    Run badNumber = Cli.run("gain", "--baseline-days", "abc", "--new-days", "1", "--json");
    assertEquals(2, badNumber.code());
    assertEquals(2, badNumber.json().getAsJsonObject("error").get("exitCode").getAsInt());
    for (Run r : new Run[] {none, typo, missing, badEnum, badNumber}) {
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }

  @Test
  void noRoute_exits3_andIsJsonUnderJson() {
    Run cut = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid-mode", "SEA", "--json");
    assertEquals(3, cut.code(), cut.out() + cut.err());
    assertTrue(cut.err().startsWith("kervan: no route"), cut.err());
    assertEquals(3, cut.json().getAsJsonObject("error").get("exitCode").getAsInt());
  }

  @Test
  void failedWrite_exitsNonZero() {
    Writer full = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int code = KervanCli.execute(new PrintWriter(full), new PrintWriter(err), "nodes");
    assertEquals(4, code);
    assertEquals("kervan: could not write standard output", err.toString().strip());
  }
}
