package org.kervan.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kervan} command: route over the embedded default network, compare named corridors,
 * compute trade gains, and estimate structural gravity with its general-equilibrium
 * counterfactuals ({@code kervan gravity}). Human-readable tables by default, {@code --json} for machines.
 *
 * <p>Exit codes: 0 success, 1 a request that cannot be answered (unknown node, bad value), 2 bad
 * command-line usage, 3 no route under the constraints. Errors are one line on standard error,
 * never a stack trace.
 */
@Command(
    name = "kervan",
    mixinStandardHelpOptions = true,
    version = "kervan 0.1.0",
    description = "Multimodal corridor routing and its trade effect, on Kervan's default network.",
    subcommands = {
      RouteCommand.class,
      CompareCommand.class,
      GainCommand.class,
      NodesCommand.class,
      GravityCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KervanCli implements Runnable {
  /** Exit code for a route that the constraints leave impossible. */
  static final int NO_ROUTE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
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
    CommandLine cli = new CommandLine(new KervanCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("kervan: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().println("kervan: " + ex.getMessage());
          return 1;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
