package org.kervan.elasticity;

/** The exception for a change so large that a form's multiplier is not finite. */
final class Overflow {
  private Overflow() {}

  static IllegalArgumentException of(Form form, double x0, double x1) {
    return of(form, "baselineDays", x0, "newDays", x1);
  }

  static IllegalArgumentException of(
      Form form, String name0, double value0, String name1, double value1) {
    return new IllegalArgumentException(
        "multiplier must be finite, was +Infinity for the "
            + form.title()
            + " form from "
            + name0
            + "="
            + Args.fmt(value0)
            + " to "
            + name1
            + "="
            + Args.fmt(value1));
  }
}
