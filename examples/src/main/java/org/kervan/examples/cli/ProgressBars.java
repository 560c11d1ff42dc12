package org.kervan.examples.cli;

import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kervan.progress.ProgressListener;

/** Runs long work with a progress bar on standard error when it is a terminal. */
final class ProgressBars {
  private ProgressBars() {}

  /**
   * Runs {@code work} with a listener that drives an ASCII progress bar on standard error, or with
   * {@link ProgressListener#none()} when {@code wanted} is false or there is no terminal.
   *
   * @param task the bar's label
   * @param units the bar's maximum, the {@code total} the work reports
   * @param wanted whether the user asked for a bar ({@code --progress})
   * @param work the work, given the listener to report to
   * @return what the work returns
   */
  static <T> T run(String task, long units, boolean wanted, Function<ProgressListener, T> work) {
    if (!wanted || System.console() == null) {
      return work.apply(ProgressListener.none());
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(units)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build()) {
      return work.apply((done, total) -> bar.stepTo(done));
    }
  }
}
