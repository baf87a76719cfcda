/**
 * A stand-in for the oar CLI and the analyzer that shows what environment a child process got.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `dir/dump-env.mjs` and returns its path. Run as `node dump-env.mjs FILE [...]`, it
 * writes the environment it received to FILE as JSON, then answers as the analyzer would when
 * its arguments include `--analyze` (RECOMMENDATION: ACCEPT), else as oar would (the task passed).
 */
export function writeEnvDumpScript(dir: string): string {
  const script = join(dir, 'dump-env.mjs');
  writeFileSync(
    script,
    [
      "import { writeFileSync } from 'node:fs';",
      'const [file, ...rest] = process.argv.slice(2);',
      'writeFileSync(file, JSON.stringify(process.env));',
      "if (rest.includes('--analyze')) process.stdout.write('RECOMMENDATION: ACCEPT\\n');",
      "else process.stderr.write('task [Create Test Report] status is changed to [Pass]\\n');",
    ].join('\n'),
  );
  return script;
}
