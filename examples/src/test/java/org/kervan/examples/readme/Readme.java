package org.kervan.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's README.md read as a list of fenced code blocks. */
final class Readme {
  /** A fenced block: its info string (language), its text and the line before its fence. */
  record Block(String language, String text, String lineBefore, int line) {}

  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

  private Readme() {}

  /** The project root: the examples module's parent, where README.md lives. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("README.md")) ? here : here.getParent();
    if (!Files.exists(root.resolve("README.md"))) {
      throw new IllegalStateException("README.md not found from " + here);
    }
    return root;
  }

  static List<Block> blocks() {
    List<String> lines;
    try {
      lines = Files.readAllLines(root().resolve("README.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      i++;
      while (!lines.get(i).equals("```")) {
        text.append(lines.get(i)).append('\n');
        i++;
      }
      String before = "";
      for (int j = start - 1; j >= 0 && before.isEmpty(); j--) {
        before = lines.get(j).strip();
      }
      blocks.add(new Block(open.group(1), text.toString(), before, start + 1));
    }
    return blocks;
  }

  /** The shell commands of the README: every line of every block without a language. */
  static List<String> commands() {
    List<String> commands = new ArrayList<>();
    for (Block b : blocks()) {
      if (b.language().isEmpty() || b.language().equals("sh")) {
        b.text().lines().filter(l -> !l.isBlank()).forEach(commands::add);
      }
    }
    return commands;
  }
}
