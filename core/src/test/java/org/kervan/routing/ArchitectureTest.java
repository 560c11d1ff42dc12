package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports point one way: the network never reaches routing, the kernel never reaches the routing
 * API, and nothing outside routing (examples and benchmarks included) reaches the kernel. Checked
 * on the source text of every module, so fully qualified names count as much as imports.
 */
class ArchitectureTest {
  // Surefire runs in the core module's folder; the other modules are its siblings.
  private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();
  private static final Pattern ROUTING_API = Pattern.compile("org\\.kervan\\.routing\\.([A-Z]\\w*|\\*)");
  private static final Pattern KERNEL = Pattern.compile("org\\.kervan\\.routing\\.kernel\\b");
  private static final Pattern ROUTING = Pattern.compile("org\\.kervan\\.routing\\b");

  private static List<Path> sources(String... dirs) {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      Path p = ROOT.resolve(d);
      assertTrue(Files.isDirectory(p), "source folder must exist, was missing " + p);
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertFalse(out.isEmpty());
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unix(Path p) {
    return p.toString().replace('\\', '/');
  }

  @Test
  void network_neverReachesRouting() {
    for (Path f : sources("core/src/main/java/org/kervan/network")) {
      assertFalse(ROUTING.matcher(read(f)).find(), f + " refers to routing");
    }
  }

  @Test
  void kernel_neverReachesTheRoutingApi() {
    for (Path f : sources("core/src/main/java/org/kervan/routing/kernel")) {
      assertFalse(ROUTING_API.matcher(read(f)).find(), f + " refers to the routing API");
    }
  }

  @Test
  void nothingOutsideRouting_reachesTheKernel() {
    int checked = 0;
    for (Path f :
        sources("core/src/main/java", "core/src/test/java", "examples/src", "benchmarks/src")) {
      String path = unix(f);
      boolean inRouting =
          path.contains("/org/kervan/routing/") && path.contains("/core/src/");
      if (inRouting) {
        continue;
      }
      assertFalse(KERNEL.matcher(read(f)).find(), f + " refers to the routing kernel");
      checked++;
    }
    assertTrue(checked > 50, "checked " + checked);
  }

  @Test
  void kernel_isDocumentedAsNotApi_andNoModuleDescriptorExportsIt() {
    // Core is an automatic module (commons-math3 has no module name, see the README), so the
    // kernel is kept out of reach by the import rules above and says it is not API.
    String info = read(ROOT.resolve("core/src/main/java/org/kervan/routing/kernel/package-info.java"));
    assertTrue(info.contains("Not exported and not API"), info);
    Path module = ROOT.resolve("core/src/main/java/module-info.java");
    if (Files.exists(module)) {
      assertFalse(KERNEL.matcher(read(module)).find(), "module-info names the kernel");
    }
  }
}
