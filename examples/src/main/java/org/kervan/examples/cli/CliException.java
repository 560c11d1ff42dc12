package org.kervan.examples.cli;

/**
 * A request the command line cannot answer, with the exit code it ends with and a message that
 * speaks of flags and values, not of Java parameters.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A bad value or unknown id given on the command line or in an input file: exit 1. */
  static CliException badValue(String message) {
    return new CliException(KervanCli.BAD_VALUE, message);
  }

  int exitCode() {
    return exitCode;
  }
}
