package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * A bibliographic reference for a published elasticity, or the source text of a user-supplied
 * claim.
 *
 * @param authors the authors as cited, e.g. {@code Hummels & Schaur}; not blank
 * @param year the year of publication, from 1800 to 2200, or empty for an unpublished claim
 * @param title the title of the work, possibly empty
 * @param venue the journal, volume and issue or series, e.g. {@code American Economic Review
 *     103(7)}, possibly empty
 *     <p>This record is immutable and thread-safe.
 */
public record Citation(String authors, OptionalInt year, String title, String venue) {

  /**
   * Validates the components.
   *
   * @param authors the authors as cited, e.g. {@code Hummels & Schaur}; not blank
   * @param year the year of publication, from 1800 to 2200, or empty for an unpublished claim
   * @param title the title of the work, possibly empty
   * @param venue the journal, volume and issue or series, e.g. {@code American Economic Review
   *     103(7)}, possibly empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code authors} is blank or the year is out of range
   */
  public Citation {
    checkNotNull(authors, "authors");
    checkNotNull(year, "year");
    checkNotNull(title, "title");
    checkNotNull(venue, "venue");
    if (authors.isBlank()) {
      throw new IllegalArgumentException("authors must not be blank, was '" + authors + "'");
    }
    if (year.isPresent() && !(year.getAsInt() >= 1800 && year.getAsInt() <= 2200)) {
      throw new IllegalArgumentException("year must be in [1800, 2200], was " + year.getAsInt());
    }
  }

  /**
   * Returns a citation of a published work.
   *
   * @param authors the authors as cited, not blank
   * @param year the year of publication, 1800 to 2200
   * @param title the title
   * @param venue the journal and issue, or the series
   * @return the citation
   * @throws IllegalArgumentException if {@code authors} is blank or the year is out of range
   */
  public static Citation of(String authors, int year, String title, String venue) {
    return new Citation(authors, OptionalInt.of(year), title, venue);
  }

  /**
   * Returns the citation of an unpublished, user-supplied claim: the source text stands in for
   * the authors and there is no year.
   *
   * @param source where the claim comes from, e.g. {@code the article's claim, unsourced}; not
   *     blank
   * @return the citation
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public static Citation unpublished(String source) {
    return new Citation(source, OptionalInt.empty(), "", "");
  }

  /**
   * Returns the short form used in tables, e.g. {@code Hummels & Schaur 2013}.
   *
   * @return the authors followed by the year, if any
   */
  public String shortForm() {
    return year.isPresent() ? authors + " " + year.getAsInt() : authors;
  }

  /** Returns the short form followed by title and venue where present. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(shortForm());
    if (!title.isEmpty()) {
      sb.append(", ").append(title);
    }
    if (!venue.isEmpty()) {
      sb.append(", ").append(venue);
    }
    return sb.toString();
  }
}
