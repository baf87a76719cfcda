#!/usr/bin/env node
// A fake `oar` (or analyzer) executable for child-process tests. Driven by environment:
//   FAKE_OAR_RESPONSES  path to JSON: { "<subcommand>" | "*": Response | Response[] }
//                       Response = { stdout?, stderr?, exit?, hang?, signal? }; a list is
//                       played one entry per call (the last one repeats).
//   FAKE_OAR_STATE      directory for per-subcommand call counters (needed for lists)
//   FAKE_OAR_LOG        file that gets one JSON line per call: { argv }
// The subcommand is the first argument after `-r RELEASE` (or "*" when there is none).
// `--help` without `-r` (the driver's preflight) prints a usage and exits 0 unless "--help" is
// configured; it is logged like any call.
// Python's logging writes to stderr, so tests put status lines in `stderr` like upstream.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { setInterval } from 'node:timers';

const argv = process.argv.slice(2);
if (process.env.FAKE_OAR_LOG) appendFileSync(process.env.FAKE_OAR_LOG, `${JSON.stringify({ argv })}\n`);

const r = argv.indexOf('-r');
const help = r < 0 && argv.at(-1) === '--help';
const sub = r >= 0 && argv[r + 2] !== undefined ? argv[r + 2] : help ? '--help' : '*';
const all = process.env.FAKE_OAR_RESPONSES ? JSON.parse(readFileSync(process.env.FAKE_OAR_RESPONSES, 'utf8')) : {};
const usage = { stdout: 'Usage: oar [OPTIONS] COMMAND [ARGS]...\n\n  Release QE workflow CLI (fake).\n' };
const entry = all[sub] ?? (help ? usage : all['*']) ?? { stderr: `fake oar: no response configured for ${sub}\n`, exit: 2 };

let response = entry;
if (Array.isArray(entry)) {
  const counter = join(process.env.FAKE_OAR_STATE ?? '.', `calls-${sub.replace(/[^\w-]/g, '_')}`);
  const n = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
  writeFileSync(counter, String(n + 1));
  response = entry[Math.min(n, entry.length - 1)];
}

if (response.stdout) process.stdout.write(response.stdout);
if (response.stderr) process.stderr.write(response.stderr);
if (response.hang) {
  setInterval(() => {}, 60_000); // until the caller's timeout kills us
} else if (response.signal) {
  process.kill(process.pid, response.signal);
} else {
  process.exitCode = response.exit ?? 0;
}
