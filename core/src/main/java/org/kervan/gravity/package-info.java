/**
 * Structural gravity: a columnar trade panel ({@link org.kervan.gravity.TradePanel}, read from CSV
 * by {@link org.kervan.gravity.TradePanelCsv}), Poisson pseudo-maximum-likelihood with any number
 * of high-dimensional fixed effects ({@link org.kervan.gravity.Ppml}), the log-linear OLS benchmark
 * with the same fixed effects ({@link org.kervan.gravity.LogLinearOls}), and conditional and
 * full-endowment general-equilibrium counterfactuals through the multilateral resistance terms
 * ({@link org.kervan.gravity.GeneralEquilibrium}).
 *
 * <p>Contracts for the whole package: values and estimator specifications are immutable and
 * thread-safe. Flows are non-negative and finite, in the unit of the data (the Yotov et al. 2016
 * data are millions of current US dollars). No method accepts or returns {@code null}: a {@code
 * null} argument throws {@link java.lang.NullPointerException}. A bad number throws {@link
 * java.lang.IllegalArgumentException} with a message {@code <name> must be <rule>, was <value>};
 * NaN fails every rule. A data file that breaks a rule throws {@link
 * org.kervan.gravity.PanelFormatException} naming the file, line and column. An iterative method
 * states its stopping rule, reports its iterations and throws {@link
 * org.kervan.gravity.ConvergenceException} rather than return a half-converged answer. Trade-cost
 * changes enter as numbers (a change in {@code ln t_ij} per country pair): this package knows
 * nothing of networks, corridors or routing.
 */
package org.kervan.gravity;
