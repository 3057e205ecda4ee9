package eu.mieux.model.request;

import static com.google.common.base.Preconditions.checkState;

import eu.mieux.model.MieuxStyle;
import eu.mieux.model.country.Country;
import java.util.Optional;
import org.immutables.value.Value;
import eu.mieux.model.internal.Invariants;

/**
 * The institution, organisation or government that asks for MIEUX support, usually also the main
 * beneficiary of the Action (RULES.md §2, "Requesting authority"; annual report 2018).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MieuxStyle
public abstract class RequestingBody {

  RequestingBody() {}

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a requesting body from its name, kind and country.
   *
   * @param name  the body's name, not blank
   * @param kind  the kind of body, not null
   * @param country  the country the body belongs to, not null
   * @return the requesting body
   */
  public static RequestingBody of(String name, RequesterKind kind, Country country) {
    return builder().name(name).kind(kind).country(country).build();
  }

  /**
   * Gets the body's name, such as {@code Philippine Overseas Employment Administration}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the body's acronym, such as {@code POEA}.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Gets the kind of body.
   *
   * @return the requester kind
   */
  public abstract RequesterKind kind();

  /**
   * Gets the country the body belongs to.
   *
   * @return the country, or empty for a regional organisation that spans several
   */
  public abstract Optional<Country> country();

  @Value.Check
  void check() {
    Invariants.checkNotBlank("name", name());
    acronym().ifPresent(a -> Invariants.checkNotBlank("acronym", a));
    checkState(country().isPresent() || kind() == RequesterKind.REGIONAL_ORGANISATION,
        "country must be set unless kind is regional_organisation, but kind was %s", kind().code());
  }

  /** A builder of {@link RequestingBody}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRequestingBody.Builder {
    /** Creates an empty builder; prefer {@link RequestingBody#builder()}. */
    public Builder() {}
  }
}
