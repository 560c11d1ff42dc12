package org.kervan.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every shell command of the README, as written, in a fresh copy of the project (no
 * {@code target} folders), in README order, the way a new user would. Runs after {@code package}
 * (Failsafe), so it sees the project exactly as {@code mvn verify} built it.
 *
 * <p>Two commands are not run as written, and the table says why: {@code mvn -B verify} is the
 * command running this test, and the mutation run takes many minutes, so it is checked for a
 * valid profile and module selection with {@code validate} in place of {@code verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeCommandsIT {
  @TempDir static Path work;
  static Path clone;

  /** What a command must print; every command must also exit 0 unless its check says so. */
  record Check(String stdin, Predicate<String> stdout, String what) {}

  private static final Map<String, String> NOT_AS_WRITTEN = Map.of(
      "mvn -B verify", "",
      "mvn -B -Pmutation -pl core verify", "mvn -B -q -Pmutation -pl core validate");

  @BeforeAll
  static void freshCopy() throws IOException {
    clone = work.resolve("kervan");
    Path root = Readme.root();
    Files.createDirectories(clone);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path rel = root.relativize(p);
        if (rel.toString().isEmpty() || skipped(rel)) {
          continue;
        }
        Path to = clone.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, to);
        }
      }
    }
  }

  private static boolean skipped(Path rel) {
    for (Path part : rel) {
      String s = part.toString();
      if (s.equals("target") || s.startsWith(".") || s.equals("kervan-output")) {
        return true;
      }
    }
    return false;
  }

  @Test
  @Order(1)
  void readme_hasTheCommandsThisTestKnows() {
    assertEquals(checks().keySet(), new java.util.LinkedHashSet<>(Readme.commands()),
        "a README command was added or changed: give it a check here");
  }

  @Test
  @Order(2)
  void everyReadmeCommand_runsInAFreshCopy() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Check> e : checks().entrySet()) {
      String command = NOT_AS_WRITTEN.getOrDefault(e.getKey(), e.getKey());
      if (command.isEmpty()) {
        continue;
      }
      Result r = run(command, e.getValue().stdin());
      if (r.code() != 0 || !e.getValue().stdout().test(r.out())) {
        failures.add(command + " -> exit " + r.code() + ", expected " + e.getValue().what()
            + "\n--- stdout\n" + tail(r.out()) + "\n--- stderr\n" + tail(r.err()));
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures));
    }
  }

  @Test
  @Order(3)
  void theJar_fallsBackToAsciiAndFailsOnAFullDisk() throws Exception {
    Path jar = clone.resolve("examples/target/kervan.jar");
    assertTrue(Files.exists(jar), "built by the README's package command");
    ProcessBuilder ascii = new ProcessBuilder("java", "-jar", jar.toString(), "route", "--from", "INNSA",
        "--to", "GRPIR", "--avoid-mode", "SEA").directory(clone.toFile()).redirectErrorStream(true);
    ascii.environment().put("LANG", "C");
    ascii.environment().put("LC_ALL", "C");
    ascii.environment().remove("JAVA_TOOL_OPTIONS");
    Process a = ascii.start();
    String out = new String(a.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertEquals(3, a.waitFor(), out);
    assertTrue(out.contains("INNSA->GRPIR") && !out.contains("?"), out);
    Path full = Path.of("/dev/full");
    if (Files.isWritable(full)) {
      Process f = new ProcessBuilder("java", "-jar", jar.toString(), "nodes").directory(clone.toFile())
          .redirectOutput(full.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
      String err = new String(f.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(4, f.waitFor(), err);
      assertEquals("kervan: could not write standard output", err.strip());
    }
  }

  /** Every README command in README order, with what its output must show. */
  static Map<String, Check> checks() {
    Map<String, Check> c = new LinkedHashMap<>();
    c.put("mvn -B -q -pl examples -am compile exec:java",
        new Check("", o -> o.contains("The ten-day claim"), "the main example's report"));
    c.put("mvn -B verify", new Check("", o -> true, "(not run: it runs this test)"));
    c.put("mvn -B -q package -DskipTests",
        new Check("", o -> Files.exists(clone.resolve("examples/target/kervan.jar")), "kervan.jar"));
    for (String command : Readme.commands()) {
      if (command.startsWith("java -jar examples/target/kervan.jar")) {
        c.put(command, command.contains("--json")
            ? new Check("", ReadmeCommandsIT::isJsonObject, "one JSON object")
            : new Check("", o -> !o.isBlank(), "output"));
      }
    }
    c.put("mvn -B -q -pl examples -am compile exec:java"
            + " -Dkervan.main=org.kervan.examples.ImecGeneralEquilibrium",
        new Check("", o -> o.contains("IMEC as insurance"), "the general-equilibrium example"));
    c.put("mvn -B -q -pl spark -am compile exec:exec@sweep",
        new Check("", o -> o.contains("Sweep of 918 requests") && o.contains("OK          918 rows"),
            "the Spark sweep's summary"));
    c.put("mvn -B -q -pl examples -am compile exec:exec@jshell",
        new Check(jshellInput(), o -> o.contains("calibrated epsilon = -1.730")
            && o.contains("cost 1,074 USD/TEU"), "the script's output and the pasted quick start's"));
    c.put("mvn -B -Pmutation -pl core verify", new Check("", o -> true, "a valid profile"));
    return c;
  }

  /** The README's own-network quick start pasted into JShell, then leaving. */
  private static String jshellInput() {
    String quickStart = Readme.blocks().stream()
        .filter(b -> b.lineBefore().contains("readme-own-network"))
        .findFirst().orElseThrow().text();
    return quickStart + "/exit\n";
  }

  private static boolean isJsonObject(String out) {
    try {
      return JsonParser.parseString(out).isJsonObject();
    } catch (RuntimeException e) {
      return false;
    }
  }

  record Result(int code, String out, String err) {}

  static Result run(String command, String stdin) throws IOException, InterruptedException {
    assertTrue(command.matches("[\\w ./,:@=-]+"), "README commands are split on spaces: " + command);
    List<String> args = new ArrayList<>(Arrays.asList(command.split(" +")));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Path in = Files.writeString(Files.createTempFile(work, "in", ".txt"), stdin, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(args).directory(clone.toFile())
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out: " + command);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
