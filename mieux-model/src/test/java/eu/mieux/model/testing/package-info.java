/**
 * Test fixtures shared by every module's tests: jqwik generators of valid model values.
 *
 * <p>{@link eu.mieux.model.testing.ModelArbitraries} ships in the {@code mieux-model} test-jar, so the
 * rules and JSON modules reuse the same generators instead of writing their own.
 */
package eu.mieux.model.testing;
