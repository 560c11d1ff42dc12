package org.kervan.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every code example of core's Javadoc ({@code <pre>{@code ...}</pre>} blocks in the main
 * sources and the overview page) against core, so an example cannot drift from the API it shows.
 * Names an example uses without declaring (a corridor it was handed, a fitted model) become
 * parameters of the method it is compiled in.
 */
class JavadocExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\R(.*?)\\R\\s*\\*?\\s*}</pre>",
      Pattern.DOTALL);

  /** Free names examples may use, and their types. */
  private static final Map<String, String> GIVEN = new LinkedHashMap<>();

  static {
    GIVEN.put("corridor", "Corridor");
    GIVEN.put("suez", "Corridor");
    GIVEN.put("cape", "Corridor");
    GIVEN.put("imec", "Corridor");
    GIVEN.put("network", "Network");
    GIVEN.put("panel", "TradePanel");
    GIVEN.put("fit", "GravityFit");
  }

  private static final String IMPORTS =
      "import org.kervan.data.*; import org.kervan.elasticity.*; import org.kervan.gravity.*;"
          + " import org.kervan.network.*; import org.kervan.progress.*;"
          + " import org.kervan.quantity.*; import org.kervan.report.*; import org.kervan.routing.*;"
          + " import org.kervan.trade.*; import java.util.*; import java.nio.file.*;"
          + " import java.time.Duration;\n";

  record Example(String where, String code) {}

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
    }
    files.add(Path.of("src/main/javadoc/overview.html"));
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        StringBuilder code = new StringBuilder();
        for (String line : m.group(1).split("\\R")) {
          code.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        int line = text.substring(0, m.start()).split("\\R", -1).length;
        out.add(new Example(f + ":" + line, code.toString()));
      }
    }
    return out;
  }

  @Test
  void everyExampleCompiles(@TempDir Path classes) throws IOException {
    List<Example> examples = examples();
    assertTrue(examples.size() >= 10, "examples found: " + examples.size());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      sources.add(source("Example" + i, examples.get(i)));
    }
    StringWriter errors = new StringWriter();
    List<String> options =
        List.of("-proc:none", "-d", classes.toString(), "-classpath",
            System.getProperty("java.class.path"));
    boolean ok = javac.getTask(errors, null, null, options, null, sources).call();
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < examples.size(); i++) {
      where.append("\nExample").append(i).append(" is ").append(examples.get(i).where());
    }
    assertTrue(ok, errors + where.toString());
    assertEquals(examples.size(), sources.size());
  }

  private static JavaFileObject source(String name, Example e) {
    StringBuilder params = new StringBuilder();
    for (Map.Entry<String, String> g : GIVEN.entrySet()) {
      String n = g.getKey();
      boolean used = Pattern.compile("\\b" + n + "\\b").matcher(e.code()).find();
      boolean declared = Pattern.compile("[\\w>]\\s+" + n + "\\s*=").matcher(e.code()).find();
      if (used && !declared) {
        params.append(params.length() == 0 ? "" : ", ").append(g.getValue()).append(' ').append(n);
      }
    }
    String text =
        IMPORTS
            + "/** " + e.where() + " */\nclass " + name + " {\n  static void run(" + params
            + ") throws Exception {\n" + e.code() + "  }\n}\n";
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  static {
    if (!Files.isDirectory(Path.of("src/main/java"))) {
      throw new UncheckedIOException(new IOException("run from the core module directory"));
    }
  }
}
