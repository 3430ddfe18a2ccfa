// Dates never shift with the machine's time zone: the same computations (CDNOW summaries with date
// strings and UTC Date objects, calendar months, ISO weeks, date-fns parsed week and ordinal dates) run in
// child processes under TZ = UTC, America/Los_Angeles, Asia/Tokyo, Pacific/Kiritimati (UTC+14) and
// Pacific/Pago_Pago (UTC−11) must print identical results. The printed UTC offsets prove that TZ took effect.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./timezoneProbe.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

function run(tz: string): { offsets: number[]; results: unknown } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`probe failed under TZ=${tz}: ${child.stderr}`);
  return JSON.parse(child.stdout) as { offsets: number[]; results: unknown };
}

describe('time zone independence', () => {
  it('gives identical results under five time zones', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const outputs = zones.map(run);
    expect(outputs.map((o) => o.offsets)).toEqual([
      [0, 0],
      [480, 420],
      [-540, -540],
      [-840, -840],
      [660, 660],
    ]);
    const reference = outputs[0]?.results as { days: number[]; dates2: string[] };
    expect(reference.days).toEqual([9950, 10160, 9950, 9950, 9950, 9950]);
    expect(reference.dates2).toEqual(['1997-03-30', '1997-10-26', '1970-01-01', '1969-12-31']);
    for (const o of outputs.slice(1)) expect(o.results).toEqual(reference);
  });
});
