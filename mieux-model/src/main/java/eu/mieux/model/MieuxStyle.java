package eu.mieux.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of mieux value types.
 *
 * <p>Applied on each model package's {@code package-info.java}. The generated {@code Immutable*}
 * classes are public (reflection-safe on the module path) but overshadowed: callers write
 * {@code Request.builder()} and see only the abstract type.
 *
 * <p>Choice: builders are not strict. A strict builder refuses a second set of an attribute, but it
 * also has no {@code from(value)} copy, and a lifecycle transition must copy an Action while changing
 * its status and history together. Duplicate JSON keys, the other reason for strictness, are refused
 * by the JSON parser ({@code STRICT_DUPLICATE_DETECTION}).
 *
 * <p>Choice: the generated classes carry Immutables' own {@code @Generated} only, not the Error Prone
 * or {@code javax.annotation.processing} annotations that happen to be on the compiler's path, so that
 * a consumer module reads no module for them (value-annotations is a dependency of the model).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    strictBuilder = false,
    allowedClasspathAnnotations = org.immutables.value.Generated.class,
    depluralize = true,
    depluralizeDictionary = {
        "activity:activities", "country:countries", "partnerCountry:partnerCountries",
        "otherAuthority:otherAuthorities", "deliverable:deliverables", "reason:reasons",
        "legalBasis:legalBases", "basis:bases", "setAside:setAside", "evidence:evidence", "history:history",
        "plannedActivity:plannedActivities", "capacityLevel:capacityLevels", "party:parties"
    })
public @interface MieuxStyle {}
