package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a trade-panel file breaks a rule: a missing column, a bad or negative number, a
 * duplicate (exporter, importer, time) key. The message reads {@code file:line: column c (name):
 * rule}; the parts are available separately for tools that point at the cell. Reading stops at
 * the first such error and no partly read panel is returned.
 */
public final class PanelFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String file;

  /** The 1-based line number (the header is line 1), or 0 for the whole file. */
  private final long line;

  /** The 1-based column number, or 0 for the whole line or file. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param file the file or source name
   * @param line the 1-based line number, or 0 for the whole file
   * @param column the 1-based column number, or 0 for the whole line
   * @param columnName the column's header name (ignored when {@code column} is 0)
   * @param rule what was wrong, e.g. {@code trade must be finite and >= 0, was -1.0}
   */
  public PanelFormatException(String file, long line, int column, String columnName, String rule) {
    super(
        checkNotNull(file, "file")
            + ":"
            + line
            + ": "
            + (column > 0 ? "column " + column + " (" + columnName + "): " : "")
            + checkNotNull(rule, "rule"));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the file or source name.
   *
   * @return the name given to the reader
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line number; the header is line 1.
   *
   * @return the line, or 0 if the error concerns the whole file
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column number of the offending cell.
   *
   * @return the column, or 0 if the error concerns the whole line or file
   */
  public int column() {
    return column;
  }
}
