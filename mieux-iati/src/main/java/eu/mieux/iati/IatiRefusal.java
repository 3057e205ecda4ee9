package eu.mieux.iati;

import static com.google.common.base.Preconditions.checkArgument;

import eu.mieux.model.ActionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one Action of an export was not written: the field that prevents a faithful IATI activity, as
 * a JSON Pointer into the Action's document (such as {@code /code}), and a message of the form
 * {@code <field> must <condition>, but was <value>}.
 *
 * <p>This class is immutable and thread-safe. Do not rely on identity.
 */
public final class IatiRefusal {

  private final int index;
  private final Optional<ActionCode> code;
  private final String title;
  private final String path;
  private final String message;

  private IatiRefusal(int index, Optional<ActionCode> code, String title, String path, String message) {
    checkArgument(index >= 0, "index must be at least 0, but was %s", index);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    checkArgument(path.startsWith("/"), "path must start with '/', but was '%s'", path);
    checkArgument(!message.isBlank(), "message must not be blank, but was '%s'", message);
    this.index = index;
    this.code = code;
    this.title = title;
    this.path = path;
    this.message = message;
  }

  /**
   * Obtains a refusal.
   *
   * @param index  the position of the Action in the exported list, from 0
   * @param code  the Action's code, or empty, not null
   * @param title  the Action's title, not null
   * @param path  the JSON Pointer of the offending field, starting with {@code /}
   * @param message  what is wrong, not blank
   * @return the refusal
   * @throws IllegalArgumentException if the index is negative, the path does not start with
   *     {@code /} or the message is blank
   */
  public static IatiRefusal of(int index, Optional<ActionCode> code, String title, String path,
      String message) {
    return new IatiRefusal(index, code, title, path, message);
  }

  /**
   * Gets the position of the refused Action in the list given to the exporter.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Gets the refused Action's code.
   *
   * @return the code, or empty (which may be the reason)
   */
  public Optional<ActionCode> code() {
    return code;
  }

  /**
   * Gets the refused Action's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Gets the JSON Pointer of the field that prevents the export, such as {@code /code} or
   * {@code /deliverables/2/title}.
   *
   * @return the pointer, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Gets what is wrong with the field.
   *
   * @return the message, such as {@code code must be present to form the iati-identifier, but was
   *     empty}
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IatiRefusal other && index == other.index && code.equals(other.code)
        && title.equals(other.title) && path.equals(other.path) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, code, title, path, message);
  }

  /**
   * Returns the refusal on one line, such as
   * {@code Action [0] 'Second National Integration Plan': /code: code must be present ...}.
   *
   * @return a text for messages
   */
  @Override
  public String toString() {
    return "Action [" + index + "] " + code.map(c -> c + " ").orElse("") + "'" + title + "': " + path
        + ": " + message;
  }
}
