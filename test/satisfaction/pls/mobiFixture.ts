// Test helper (not a test): reads test/fixtures/mobi/mobi.csv (see the README there for provenance).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = fileURLToPath(new URL('../../fixtures/mobi/mobi.csv', import.meta.url));

/** The 250 mobi respondents as rows keyed by item name (answers 1–10). */
export function readMobiRows(): Record<string, number>[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const header = (lines[0] as string).split(',').map((h) => h.replace(/"/g, ''));
  return lines.slice(1).map((line) => {
    const values = line.split(',').map(Number);
    const row: Record<string, number> = {};
    header.forEach((h, i) => {
      row[h] = values[i] as number;
    });
    return row;
  });
}

/** Reference estimates written by scripts/fixtures/pls_mobi.py. */
export interface PythonReferenceCase {
  scheme: 'centroid' | 'factorial' | 'path';
  scaled: boolean;
  consistent: boolean;
  modes: string;
  iterations: number;
  paths: Record<string, number>;
  rSquared: Record<string, number>;
  f2: Record<string, number>;
  weights: Record<string, number>;
  loadings: Record<string, number>;
  reliability: Record<string, { compositeReliability: number; averageVarianceExtracted: number; cronbachAlpha?: number; rhoA?: number }>;
  htmt: Record<string, number>;
  vifConstructs: Record<string, Record<string, number>>;
  effects: Record<string, { direct: number; total: number }>;
  goodnessOfFit: number;
}

export function readPythonReference(): { provenance: string; cases: PythonReferenceCase[] } {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL('../../fixtures/mobi/pls_mobi_reference.json', import.meta.url)), 'utf8'),
  ) as { provenance: string; cases: PythonReferenceCase[] };
}
