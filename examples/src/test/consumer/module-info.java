/** A modular application that uses mieux: it names the rules and the JSON binding, nothing else. */
module eu.mieux.consumer {
  requires eu.mieux.rules;
  requires eu.mieux.json;
}
