package eu.mieux.model.practice;

import eu.mieux.model.Coded;

/**
 * The status of one characteristic in a good-practice assessment.
 *
 * <p>{@link #NOT_ASSESSED} is not a failure: it never counts as {@link #NOT_MET}, and it is left
 * out of the number of characteristics assessed.
 */
public enum AssessmentStatus implements Coded {
  /** The evidence shows the characteristic. */
  MET,
  /** The characteristic was assessed and the evidence does not show it. */
  NOT_MET,
  /** The characteristic was not assessed: nobody looked, so nothing is concluded. */
  NOT_ASSESSED
}
