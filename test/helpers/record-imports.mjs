/**
 * `node --import ./test/helpers/record-imports.mjs …`: appends every package a process imports
 * (its name, once per resolve) to the file KRD_IMPORT_LOG names, so a test can check which
 * clients a command loads. Registered before tsx, so it sees what tsx resolves too.
 */
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    const log = process.env.KRD_IMPORT_LOG;
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url);
      if (log && m) appendFileSync(log, m[1] + '\\n');
      return resolved;
    }
  `)}`,
);
