package org.kervan.report;

/** What a {@link TimeDistanceChart} puts on its vertical axis. */
public enum ChartMetric {
  /** Cumulative time in days. */
  TIME_DAYS("Cumulative time (days)"),
  /** Cumulative cost in US dollars per TEU. */
  COST_USD("Cumulative cost (USD/TEU)");

  private final String axisLabel;

  ChartMetric(String axisLabel) {
    this.axisLabel = axisLabel;
  }

  /**
   * Returns the axis label, with its unit.
   *
   * @return e.g. {@code Cumulative time (days)}
   */
  public String axisLabel() {
    return axisLabel;
  }
}
