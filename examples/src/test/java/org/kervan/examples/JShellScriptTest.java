package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

class JShellScriptTest {

  @Test
  void script_runsWithoutRejectedSnippetsOrExceptions() throws Exception {
    String script =
        Files.readString(Path.of("src/main/jshell/kervan.jsh"), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    // Local execution shares this JVM's class path, which holds Kervan and its dependencies;
    // snippets print to this JVM's System.out, so capture that.
    PrintStream original = System.out;
    System.setOut(out);
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String rest = script;
      while (!rest.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
        String source = info.source();
        if (source == null || source.isBlank()) {
          fail("incomplete snippet at: " + rest);
        }
        List<SnippetEvent> events = shell.eval(source);
        for (SnippetEvent e : events) {
          if (e.status() == Snippet.Status.REJECTED) {
            fail(
                "rejected: "
                    + source
                    + "\n"
                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (e.exception() != null) {
            fail("threw: " + source + "\n" + e.exception());
          }
        }
        rest = info.remaining();
      }
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("Network["), printed);
    assertTrue(printed.contains("IMEC as planned"), printed);
    assertTrue(printed.contains("calibrated epsilon = -1.730"), printed);
  }
}
