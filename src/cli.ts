#!/usr/bin/env node
import { run } from './cli/main';

// `krd simulate --json | head`: the reader went away, which is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

run().then((code) => {
  process.exitCode = code;
});
