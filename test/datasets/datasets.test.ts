// The bundled datasets must equal the raw fixture files row for row.
// Fixtures: test/fixtures/cdnow/CDNOW_sample.txt and test/fixtures/mobi/mobi.csv (see their READMEs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnowSampleInfo, loadCdnowSample, loadCdnowSampleColumns, loadMobi, mobiInfo } from '../../src/datasets/index';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('loadCdnowSample', () => {
  const raw = fixture('cdnow/CDNOW_sample.txt')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/));

  it('reproduces every row of the raw file in order', () => {
    const log = loadCdnowSample();
    expect(log.length).toBe(6919);
    expect(raw.length).toBe(6919);
    log.forEach((row, i) => {
      const [master, sample, date, cds, dollars] = raw[i] as string[];
      expect(row.masterId).toBe(master);
      expect(row.customerId).toBe(sample);
      expect(row.date.replaceAll('-', '')).toBe(date);
      expect(row.quantity).toBe(Number(cds));
      expect(row.amount.toFixed(2)).toBe(dollars);
    });
  });

  it('has the documented counts', () => {
    const log = loadCdnowSample();
    expect(new Set(log.map((r) => r.customerId)).size).toBe(cdnowSampleInfo.customers);
    expect(new Set(log.map((r) => `${r.customerId}|${r.date}`)).size).toBe(cdnowSampleInfo.distinctCustomerDays);
    expect(log.filter((r) => r.amount === 0).length).toBe(8);
    expect(log[0]).toEqual({ customerId: '0001', masterId: '00004', date: '1997-01-01', quantity: 2, amount: 29.33 });
  });

  it('returns fresh objects on every call', () => {
    const a = loadCdnowSample();
    (a[0] as { amount: number }).amount = -1;
    expect(loadCdnowSample()[0]?.amount).toBe(29.33);
  });
});

describe('loadCdnowSampleColumns', () => {
  it('matches the row form', () => {
    const rows = loadCdnowSample();
    const cols = loadCdnowSampleColumns();
    expect(cols.customerIds.length).toBe(2357);
    expect(cols.epochDay.length).toBe(6919);
    rows.forEach((r, i) => {
      expect(cols.customerIds[cols.customer[i] as number]).toBe(r.customerId);
      expect(new Date((cols.epochDay[i] as number) * 86_400_000).toISOString().slice(0, 10)).toBe(r.date);
      expect(cols.amountMinor[i]).toBe(Math.round(r.amount * 100));
      expect(cols.quantity[i]).toBe(r.quantity);
    });
    // exact dollar total of the raw file, summed in integer cents
    const cents = fixture('cdnow/CDNOW_sample.txt')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .reduce((s, l) => s + Number((l.trim().split(/\s+/)[4] as string).replace('.', '')), 0);
    expect(cols.amountMinor.reduce((s, v) => s + v, 0)).toBe(cents);
  });
});

describe('loadMobi', () => {
  it('reproduces the raw CSV', () => {
    const lines = fixture('mobi/mobi.csv').split(/\r?\n/).filter((l) => l.trim());
    const header = JSON.parse(`[${lines[0]}]`) as string[];
    expect(header).toEqual([...mobiInfo.items]);
    const rows = loadMobi();
    expect(rows.length).toBe(250);
    rows.forEach((row, i) => {
      expect(header.map((h) => row[h as keyof typeof row])).toEqual((lines[i + 1] as string).split(',').map(Number));
    });
  });

  it('maps every item to exactly one ECSI block', () => {
    const all = Object.values(mobiInfo.blocks).flat().sort();
    expect(all).toEqual([...mobiInfo.items].sort());
  });
});
