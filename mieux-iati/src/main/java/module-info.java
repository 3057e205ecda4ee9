/**
 * The IATI 2.03 export of MIEUX Actions: {@link eu.mieux.iati.IatiExporter} writes an
 * {@code iati-activities} document with the JDK's StAX writer.
 */
module eu.mieux.iati {
  requires transitive eu.mieux.model;
  requires java.xml;
  requires com.google.common;

  exports eu.mieux.iati;
}
