/**
 * The JSON wire format of the MIEUX model: {@link eu.mieux.json.MieuxJson} reads and writes documents
 * with Jackson, validated against the JSON Schemas this module ships.
 *
 * <p>Jackson databind is part of the API ({@code MieuxJson.mapper()}, {@code MieuxModule}); the
 * serializers, deserializers and mix-ins are internal and opened to Jackson only.
 */
module eu.mieux.json {
  requires transitive eu.mieux.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports eu.mieux.json;

  opens eu.mieux.json.ser to com.fasterxml.jackson.databind;
  opens eu.mieux.json.deser to com.fasterxml.jackson.databind;
  opens eu.mieux.json.mixin to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with eu.mieux.json.MieuxModule;
}
