package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a data file breaks a rule of its format: a missing column, a bad number, an unknown
 * node id, a duplicate id. The message names the file, line and column and the rule broken, e.g.
 * {@code nodes.csv:7: column 5 (latitude): latitude must be a decimal number, was 'abc'}; the parts
 * are also available separately for tools that point at the cell.
 *
 * <p>Reading stops at the first such error, and no partly read network is returned.
 */
public final class DataFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The longest rule kept whole in the message; a megabyte cell must not make a megabyte log. */
  private static final int MAX_RULE_CHARS = 500;

  /** The file or source name. */
  private final String file;

  /** The 1-based line number, or 0 if the error concerns the whole file. */
  private final long line;

  /** The 1-based column number, or 0 if the error concerns the whole line or file. */
  private final int column;

  /** The column's header name, or empty if {@code column} is 0. */
  private final String columnName;

  /**
   * Creates the exception.
   *
   * @param file the file or source name, e.g. {@code nodes.csv}
   * @param line the 1-based line number (the header is line 1), or 0 for the whole file
   * @param column the 1-based column number, or 0 for the whole line
   * @param columnName the column's header name, or empty when {@code column} is 0
   * @param rule what was wrong, e.g. {@code latitude must be a decimal number, was 'abc'}; a rule
   *     longer than 500 characters (one quoting a huge cell) is cut there, and its length noted
   * @param cause the model's exception that was rewrapped, or null
   */
  public DataFormatException(
      String file, long line, int column, String columnName, String rule, Throwable cause) {
    super(
        checkNotNull(file, "file")
            + ":"
            + line
            + ": "
            + (column > 0
                ? "column " + column + " (" + checkNotNull(columnName, "columnName") + "): "
                : "")
            + abbreviate(checkNotNull(rule, "rule")),
        cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnName = column > 0 ? columnName : "";
  }

  /**
   * Returns the file or source name given to the reader.
   *
   * @return the name, e.g. {@code nodes.csv}
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line number where the offending record starts; the header is line 1.
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

  /**
   * Returns the header name of the offending column.
   *
   * @return the name, or the empty string if {@link #column()} is 0
   */
  public String columnName() {
    return columnName;
  }

  private static String abbreviate(String rule) {
    if (rule.length() <= MAX_RULE_CHARS) {
      return rule;
    }
    int end = MAX_RULE_CHARS;
    if (Character.isHighSurrogate(rule.charAt(end - 1))) {
      end--;
    }
    return rule.substring(0, end) + "... (cut, " + rule.length() + " characters)";
  }
}
