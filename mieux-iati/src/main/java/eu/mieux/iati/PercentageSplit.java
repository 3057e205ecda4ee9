package eu.mieux.iati;

/**
 * Splits 100 percent into whole shares that add up to exactly 100: every share is {@code 100 / n}
 * and the first {@code 100 % n} shares get one more, so that the IATI ruleset's strict sums
 * (rules 2.1.2, 3.1.2) hold without rounding.
 */
final class PercentageSplit {

  private PercentageSplit() {}

  /**
   * Gets the share of the element at {@code index} among {@code count}.
   *
   * @param index  the position, from 0 to {@code count - 1}
   * @param count  the number of elements, at least 1
   * @return the share in whole percent
   */
  static int share(int index, int count) {
    return 100 / count + (index < 100 % count ? 1 : 0);
  }
}
