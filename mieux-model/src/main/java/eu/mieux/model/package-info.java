/**
 * The MIEUX domain model: immutable value types with no JSON, logging or I/O.
 *
 * <p>Sub-packages hold one area each: {@code country}, {@code request}, {@code action},
 * {@code lifecycle}, {@code theme}, {@code practice}, {@code expert} and {@code decision}. Every
 * aggregate is built with a strict builder ({@code Request.builder()}) whose {@code build()} checks
 * the invariants and names the offending field in its {@link java.lang.IllegalStateException}.
 * Nothing in the model accepts or returns {@code null}.
 */
@MieuxStyle
package eu.mieux.model;
