// the module launched with java --module-path ... -m printed a decision and its JSON
def out = new File(basedir, 'target/consumer.out').text
assert out.contains('decision: UA YES') : out
assert out.contains('json: {"country":"UA"') : out
assert out.contains('admissible: true') : out
assert out.contains('module: org.example.consumer uses eu.mieux.rules and eu.mieux.json') : out
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'the rule checks ran'
assert !log.contains('[WARNING] COMPILATION WARNING') : 'compiled without warnings'
return true
