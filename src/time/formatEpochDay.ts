import { civilFromDays } from './civilFromDays';

/** `'yyyy-mm-dd'` of an epoch day known to be in range. @internal */
export function formatEpochDay(epochDay: number): string {
  const packed = civilFromDays(epochDay);
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
