package org.kervan.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kervan gravity}: structural gravity estimation and general-equilibrium counterfactuals. */
@Command(
    name = "gravity",
    mixinStandardHelpOptions = true,
    description = "Structural gravity: PPML with fixed effects, and GE counterfactuals.",
    subcommands = {GravityEstimateCommand.class, GravityCounterfactualCommand.class})
final class GravityCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
