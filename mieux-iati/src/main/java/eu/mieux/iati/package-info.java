/**
 * The IATI 2.03 export of MIEUX Actions.
 *
 * <p>{@link eu.mieux.iati.IatiExporter} turns Actions into one {@code iati-activities} document
 * (IATI Standard version 2.03), one {@code iati-activity} per Action, with the settings of
 * {@link eu.mieux.iati.IatiSettings}. An Action that cannot be exported faithfully is refused with an
 * {@link eu.mieux.iati.IatiRefusal} naming the field; the library reads no clock and writes no
 * personal data (experts and focal points are never exported).
 *
 * <pre>{@code
 * IatiExport export = IatiExporter.standard()
 *     .export(actions, LocalDate.of(2024, 6, 30), Instant.parse("2024-07-01T08:00:00Z"));
 * export.refusals().forEach(refusal -> log(refusal.toString()));
 * String xml = export.toXml();
 * }</pre>
 */
package eu.mieux.iati;
