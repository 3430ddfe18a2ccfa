import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rows of a CSV fixture of test/fixtures/rfm (lines starting with # are comments; no quoted fields). */
export function readRfmCsv(name: string): Record<string, string>[] {
  const lines = readFileSync(join(__dirname, '..', 'fixtures', 'rfm', name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  const header = (lines[0] as string).split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] as string]));
  });
}

/** A JSON fixture of test/fixtures/rfm. */
export function readRfmJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'rfm', name), 'utf8')) as T;
}
