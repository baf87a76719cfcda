/**
 * The nearest of the words a command knows, for "did you mean": a misspelling (at most two
 * edits, a swap of neighbours counting as one) or a prefix of it.
 */

/** Edits between a and b: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates nearest to `word`: those it begins (all of them: `--re` is `--release` or
 * `--ref`), else those within two edits (and fewer edits than either word has letters, so `-x`
 * suggests nothing), the closest first. Ties keep the candidates' order; empty when nothing is near.
 */
export function nearest(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  if (w === '') return [];
  const unique = [...new Set(candidates)];
  const prefixed = unique.filter((c) => c.toLowerCase().startsWith(w));
  if (prefixed.length) return prefixed;
  const scored = unique
    .map((candidate) => ({ candidate, distance: editDistance(w, candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= 2 && distance < Math.min(w.length, candidate.length));
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.distance));
  return scored.filter((s) => s.distance === best).map((s) => s.candidate);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`, each word passed through `show`. */
export function either(words: readonly string[], show: (w: string) => string = (w) => w): string {
  const shown = words.map(show);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}
