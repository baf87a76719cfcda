/**
 * The rings (docs/architecture.md): imports point inward. core is pure and knows no outer
 * ring (statebox, the file, reads core's model; core never imports statebox); adapters implement ports and know no driver; the driver uses ports, never an adapter
 * (the real adapters are built in src/wiring.ts, beside the action and the CLI).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each relative import of a file, as the ring (top folder under src/) it reaches. */
function importsOf(file: string): { spec: string; ring: string }[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((spec) => {
    const target = relative(SRC, resolve(dirname(file), spec));
    return { spec, ring: target.includes('/') ? target.split('/')[0]! : target.replace(/\.ts$/, '') };
  });
}

const RULES: Record<string, readonly string[]> = {
  core: ['statebox', 'driver', 'adapters', 'sim', 'action', 'cli', 'triggers', 'wiring'],
  statebox: ['driver', 'adapters', 'sim', 'action', 'cli', 'triggers', 'wiring'],
  ports: ['driver', 'adapters', 'sim', 'action', 'cli', 'triggers', 'wiring'],
  adapters: ['driver', 'sim', 'action', 'cli', 'triggers', 'wiring'],
  driver: ['adapters', 'sim', 'action', 'cli', 'wiring'],
};

describe('imports point inward', () => {
  for (const [ring, forbidden] of Object.entries(RULES)) {
    it(`src/${ring} imports nothing from ${forbidden.join(', ')}`, () => {
      const bad = files(join(SRC, ring)).flatMap((f) =>
        importsOf(f)
          .filter((i) => forbidden.includes(i.ring))
          .map((i) => `${relative(SRC, f)} imports ${i.spec}`),
      );
      expect(bad).toEqual([]);
    });
  }
});
