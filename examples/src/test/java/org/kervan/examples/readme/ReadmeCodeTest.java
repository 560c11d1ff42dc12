package org.kervan.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is the text of a region of a compiled (or test-run) example: the
 * line before the block names the region and its file, and the two must match character for
 * character once the region's common indentation is removed.
 */
class ReadmeCodeTest {
  private static final Pattern SOURCE =
      Pattern.compile("<!-- region (\\S+) in (\\S+) -->");

  @Test
  void everyJavaBlock_isTheTextOfAnExampleRegion() throws IOException {
    List<Readme.Block> java =
        Readme.blocks().stream().filter(b -> b.language().equals("java")).toList();
    assertTrue(java.size() >= 2, "expected the README's Java blocks, found " + java.size());
    for (Readme.Block b : java) {
      Matcher m = SOURCE.matcher(b.lineBefore());
      assertTrue(m.matches(), "README line " + b.line() + ": a Java block must follow"
          + " '<!-- region NAME in PATH -->', found '" + b.lineBefore() + "'");
      String region = region(Readme.root().resolve(m.group(2)), m.group(1));
      assertEquals(region, b.text(), "README line " + b.line() + " differs from " + m.group(2));
    }
  }

  @Test
  void mavenCoordinates_nameThisVersion() throws IOException {
    String pom = Files.readString(Readme.root().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>kervan-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(version.find(), "parent version in pom.xml");
    List<Readme.Block> xml = Readme.blocks().stream().filter(b -> b.language().equals("xml")).toList();
    assertFalse(xml.isEmpty());
    assertTrue(xml.get(0).text().contains("<version>" + version.group(1) + "</version>"), xml.get(0).text());
  }

  /** The lines between {@code // region NAME} and the next {@code // endregion}, dedented. */
  static String region(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// region " + name)) {
        start = i + 1;
      }
    }
    assertTrue(start > 0, "no '// region " + name + "' in " + file);
    int end = start;
    while (!lines.get(end).strip().equals("// endregion")) {
      end++;
    }
    List<String> body = lines.subList(start, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String l : body) {
      text.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
