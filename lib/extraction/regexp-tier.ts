/**
 * V8 runs a new regex in its bytecode interpreter until it has run once, then compiles it to
 * machine code. The engine's regexes are few, large and run on every sentence: compiled from
 * their first use, a fresh process or worker extracts its first few hundred articles about a
 * third faster (10.4 → 6.8 ms each on the corpus; later articles are unchanged). The flag is
 * read when a regex is created, so index.ts imports this module before any other. It is
 * process-wide and harmless to other code: it changes when a regex is compiled, never what it
 * matches.
 */
import v8 from "node:v8";

v8.setFlagsFromString("--regexp-tier-up-ticks=0");
