// Date objects built from local fields (`new Date(2024, 0, 1)`, local midnight) are read by their UTC
// calendar date by default, which east of UTC is the previous day. The default ('strict') now rejects
// such a Date with the reason instead of moving it silently; 'local' reads its local calendar date and
// 'utc' keeps the UTC reading. Each case runs in a child process under its TZ; the printed UTC offset
// proves that TZ took effect.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeTransactions } from '../../src/time/index';

const probe = fileURLToPath(new URL('./dateObjectsProbe.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

interface ProbeResult {
  offset: number;
  results: { mode: string; settings: string; customers: [string, string, string, number][]; rejected: [number, string, string][] }[];
  index: { days: number[]; rejected: [number, string][] };
  option: string | { error: string; message: string };
}

function run(tz: string): ProbeResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`probe failed under TZ=${tz}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ProbeResult;
}

describe('Date objects at local midnight', () => {
  const tokyo = run('Asia/Tokyo');
  const newYork = run('America/New_York');

  it('are not moved to the previous day east of UTC: rejected by default, with the reason', () => {
    expect(tokyo.offset).toBe(-540);
    const [byDefault, strict] = tokyo.results;
    expect(byDefault?.settings).toBe('strict');
    expect(byDefault?.customers).toEqual([['b', '2024-01-03', '2024-01-03', 0]]);
    expect(byDefault?.rejected.map(([index, field]) => [index, field])).toEqual([
      [0, 'date'],
      [1, 'date'],
    ]);
    expect(byDefault?.rejected[0]?.[2]).toBe(
      'is local midnight of 2024-01-01 on this machine (UTC+09:00), which is 2023-12-31T15:00:00.000Z at UTC, so reading it ' +
        "at UTC would move it to the previous day: pass 'yyyy-mm-dd' strings or Date.UTC dates, or set " +
        "`options.dateObjects` to 'local' (read Dates by their local calendar date) or 'utc'",
    );
    expect(strict).toEqual({ ...byDefault, mode: 'strict' });
  });

  it("are read by their local calendar date with 'local', and at UTC with 'utc'", () => {
    const local = tokyo.results.find((r) => r.mode === 'local');
    expect(local?.customers).toEqual([
      ['a', '2024-01-01', '2024-01-08', 1],
      ['b', '2024-01-03', '2024-01-03', 0],
    ]);
    expect(local?.rejected).toEqual([]);
    const utc = tokyo.results.find((r) => r.mode === 'utc');
    expect(utc?.customers[0]).toEqual(['a', '2023-12-31', '2024-01-07', 1]);
  });

  it('west of UTC keep their date in every mode (local midnight is the same UTC day)', () => {
    expect(newYork.offset).toBe(300);
    for (const r of newYork.results) {
      expect(r.customers[0]).toEqual(['a', '2024-01-01', '2024-01-08', 1]);
      expect(r.rejected).toEqual([]);
    }
    expect(newYork.option).toBe('2024-01-31');
  });

  it('are refused as an option date, and rejected by indexTransactions, with the same rule', () => {
    expect(tokyo.option).toMatchObject({ error: 'INVALID_ARGUMENT' });
    expect((tokyo.option as { message: string }).message).toMatch(/`options.observationEnd` is local midnight of 2024-01-31/);
    expect(tokyo.index.rejected).toEqual([
      [0, 'date'],
      [1, 'date'],
    ]);
    expect(newYork.index.days).toEqual([19723, 19730, 19725]); // grouped by customer: a, a, b
  });

  it('checks the option', () => {
    expect(() => summarizeTransactions([{ customerId: 'a', date: '2024-01-01', amount: 1 }], { dateObjects: 'tokyo' as never })).toThrow(
      "`summarizeTransactions`: `options.dateObjects` must be 'strict', 'utc' or 'local', got \"tokyo\"",
    );
  });
});
