/** An application module that uses mieux: it names the rules and the JSON binding, nothing else. */
module org.example.consumer {
  requires eu.mieux.rules;
  requires eu.mieux.json;
}
