package eu.mieux.json.mixin;

import eu.mieux.model.action.ActionType;

/**
 * The value filter that leaves {@code actionType} out of an Action document when it is
 * {@link ActionType#CLASSIC}, the default (Jackson's {@code JsonInclude.Include.CUSTOM}: a value
 * equal to this filter is excluded).
 */
public final class ClassicActionType {

  /** Creates the filter; Jackson instantiates it. */
  public ClassicActionType() {}

  @Override
  public boolean equals(Object value) {
    return value == ActionType.CLASSIC;
  }

  @Override
  public int hashCode() {
    return ActionType.CLASSIC.hashCode();
  }
}
