#!/usr/bin/env node
import { run } from './cli/main';

run().then((code) => {
  process.exitCode = code;
});
