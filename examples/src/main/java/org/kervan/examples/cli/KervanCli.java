package org.kervan.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.kervan.network.UnknownNodeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kervan} command: route over the embedded default network or the user's own, compare
 * named corridors, compute trade gains, route origin-destination pairs in batch, and estimate
 * structural gravity with its general-equilibrium counterfactuals ({@code kervan gravity}).
 * Human-readable tables by default, {@code --json} for machines.
 *
 * <p>Exit codes: 0 success, 1 a request that cannot be answered (unknown node, bad value, bad
 * input file), 2 bad command-line usage (including no subcommand), 3 no route under the
 * constraints, 4 output that could not be written. Errors are one line on standard error, never a
 * stack trace; under {@code --json} standard output also gets the error as a JSON object.
 * Standard output falls back to ASCII spellings ({@code ->} for an arrow) when its charset cannot
 * show the characters, e.g. under {@code LANG=C}.
 */
@Command(
    name = "kervan",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description = "Multimodal corridor routing and its trade effect, on Kervan's default network or"
        + " your own (--network NODES LEGS on every subcommand).",
    subcommands = {
      RouteCommand.class,
      BatchCommand.class,
      CompareCommand.class,
      GainCommand.class,
      NodesCommand.class,
      GravityCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KervanCli implements Callable<Integer> {
  /** Exit code for a value or id that cannot be answered. */
  static final int BAD_VALUE = 1;

  /** Exit code for bad usage. */
  static final int USAGE = 2;

  /** Exit code for a route that the constraints leave impossible. */
  static final int NO_ROUTE = 3;

  /** Exit code for output that could not be written. */
  static final int WRITE_FAILED = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("kervan: give a subcommand: route, batch, compare, gain or nodes");
    cl.usage(cl.getErr());
    return USAGE;
  }

  /**
   * Runs the command line on the process's standard streams and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Charset stdout = stdoutCharset();
    PrintWriter out = new PrintWriter(AsciiWriter.forCharset(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), stdout), stdout));
    PrintWriter err = new PrintWriter(AsciiWriter.forCharset(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), stdout), stdout), true);
    System.exit(execute(out, err, args));
  }

  /** The charset the JVM gives standard output (Java 17: sun.stdout.encoding on a console). */
  static Charset stdoutCharset() {
    for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(key);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /**
   * Runs the command line with explicit streams, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    boolean json = Arrays.asList(args).contains("--json");
    CommandLine cli = new CommandLine(new KervanCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          StringWriter suggestions = new StringWriter();
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, new PrintWriter(suggestions, true));
          String message = ex.getMessage() + (suggestions.toString().isBlank() ? ""
              : " (" + suggestions.toString().strip().replaceAll("\\s+", " ") + ")");
          e.println("kervan: " + message);
          e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return fail(out, json, USAGE, message);
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          int code = ex instanceof CliException cliEx ? cliEx.exitCode() : BAD_VALUE;
          if (!(ex instanceof CliException || ex instanceof IllegalArgumentException
              || ex instanceof UncheckedIOException)) {
            throw ex; // a bug, not a user error: keep its stack trace
          }
          String message = ex instanceof UnknownNodeException u
              ? u.getMessage() + " (list ids with 'kervan nodes')" : ex.getMessage();
          c.getErr().println("kervan: " + message);
          return fail(out, json, code, message);
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    if (out.checkError()) {
      err.println("kervan: could not write standard output");
      err.flush();
      return code == 0 ? WRITE_FAILED : code;
    }
    return code;
  }

  private static int fail(PrintWriter out, boolean json, int code, String message) {
    if (json) {
      out.println(Json.GSON.toJson(Json.error(code, message)));
    }
    return code;
  }

  /** The version of the build, from the POM (written into a resource at build time). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kervan " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = KervanCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties missing from the build");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version");
    }
  }
}
