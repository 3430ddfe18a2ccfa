import { POW10 } from '../../money/parseMinorUnits';
import type { WarehouseSummarySql } from '../types';
import type { ResolvedWarehouseOptions } from './resolveWarehouseOptions';
import { amountSql, doubleLiteral, periodOfDay, periodSql, spanSql } from './summaryPieces';

/**
 * The common table expressions of every query:
 * 1. `clientele_rows`: the valid rows, as (customer text, epoch day, period, minor units);
 * 2. `clientele_bounds`: the observation and calibration ends (given, or the last day) and their periods;
 * 3. `clientele_purchases`: rows merged per customer, side of the calibration end and period (same-day
 *    or same-period merge; a period straddling the calibration end is one purchase on each side, as in
 *    `summarizeTransactions`);
 * 4. `clientele_first`: each customer's first period and day;
 * 5. `clientele_customers`: one row per customer with the integer sufficient statistics. @internal
 */
function commonTables(o: ResolvedWarehouseOptions): string {
  const { sql } = o;
  const day = sql.epochDay(o.date);
  const amount = amountSql(o);
  const returns = ` AND ${amount.minor} >= 0`;
  const lastDay = o.observationEnd;
  const calibration = o.calibrationEnd ?? lastDay;
  const bounds =
    lastDay === null
      ? // Without an observation end, it is the last valid day (and its period, the largest: periods grow with days).
        `SELECT MAX(purchase_day) AS observation_end, MAX(purchase_period) AS observation_period, ` +
        (calibration === null
          ? 'MAX(purchase_day) AS calibration_end, MAX(purchase_period) AS calibration_period FROM clientele_rows'
          : `${calibration} AS calibration_end, ${periodOfDay(o, calibration)} AS calibration_period FROM clientele_rows`)
      : `SELECT ${lastDay} AS observation_end, ${periodOfDay(o, lastDay)} AS observation_period, ` +
        `${calibration} AS calibration_end, ${periodOfDay(o, calibration as number)} AS calibration_period`;
  const cal = (expr: string): string => `CASE WHEN p.in_calibration = 1 THEN ${expr} END`;
  return `WITH clientele_rows AS (
  SELECT
    CAST(${o.customerId} AS ${sql.text}) AS customer_id,
    ${day} AS purchase_day,
    ${periodSql(o, day)} AS purchase_period,
    ${amount.minor} AS amount_minor
  FROM ${o.table}
  WHERE ${o.customerId} IS NOT NULL AND ${o.date} IS NOT NULL AND ${o.amount} IS NOT NULL
    AND ${amount.valid}${returns}
),
clientele_bounds AS (
  ${bounds}
),
clientele_purchases AS (
  SELECT
    r.customer_id,
    CASE WHEN r.purchase_day <= b.calibration_end THEN 1 ELSE 0 END AS in_calibration,
    r.purchase_period AS period,
    MIN(r.purchase_day) AS first_day,
    MAX(r.purchase_day) AS last_day,
    CAST(SUM(r.amount_minor) AS ${sql.bigint}) AS spend_minor,
    COUNT(*) AS row_count
  FROM clientele_rows r CROSS JOIN clientele_bounds b
  WHERE r.purchase_day <= b.observation_end
  GROUP BY r.customer_id, CASE WHEN r.purchase_day <= b.calibration_end THEN 1 ELSE 0 END, r.purchase_period
),
clientele_first AS (
  SELECT customer_id, MIN(period) AS first_period, MIN(first_day) AS first_day
  FROM clientele_purchases
  GROUP BY customer_id
),
clientele_customers AS (
  SELECT
    p.customer_id,
    f.first_day,
    f.first_period,
    CAST(SUM(p.in_calibration) AS ${sql.bigint}) - 1 AS frequency,
    MAX(${cal('p.last_day')}) AS last_day,
    MAX(${cal('p.period')}) AS last_period,
    CAST(SUM(CASE WHEN p.in_calibration = 1 AND p.period = f.first_period THEN p.spend_minor ELSE 0 END) AS ${sql.bigint}) AS first_purchase_minor,
    CAST(SUM(CASE WHEN p.in_calibration = 1 THEN p.spend_minor ELSE 0 END) AS ${sql.bigint}) AS total_spend_minor,
    CAST(SUM(CASE WHEN p.in_calibration = 1 THEN p.row_count ELSE 0 END) AS ${sql.bigint}) AS transaction_count,
    CAST(SUM(1 - p.in_calibration) AS ${sql.bigint}) AS frequency_holdout,
    CAST(SUM(CASE WHEN p.in_calibration = 0 THEN p.spend_minor ELSE 0 END) AS ${sql.bigint}) AS holdout_spend_minor,
    CAST(SUM(p.row_count) AS ${sql.bigint}) AS all_rows
  FROM clientele_purchases p JOIN clientele_first f ON p.customer_id = f.customer_id
  GROUP BY p.customer_id, f.first_day, f.first_period
)`;
}

/** The select list of the per-customer summary (`c`: the customers, `b`: the bounds). @internal */
function summaryColumns(o: ResolvedWarehouseOptions): string {
  const { double } = o.sql;
  const zero = `CAST(0 AS ${double})`;
  const recency = spanSql(o, 'c.first_day', 'c.last_day', 'c.first_period', 'c.last_period');
  const age = spanSql(o, 'c.first_day', 'b.calibration_end', 'c.first_period', 'b.calibration_period');
  const scale = doubleLiteral(o, POW10[o.settings.minorDigits] as number);
  const columns = [
    'c.customer_id',
    'c.frequency',
    `CASE WHEN c.frequency = 0 THEN ${zero} ELSE ${recency} END AS recency`,
    `${age} AS t`,
    `CASE WHEN c.frequency = 0 THEN ${zero} ELSE CAST(c.total_spend_minor - c.first_purchase_minor AS ${double}) / c.frequency / ${scale} END AS monetary_value`,
    'c.first_purchase_minor',
    'c.total_spend_minor',
    'c.total_spend_minor - c.first_purchase_minor AS repeat_spend_minor',
    'c.transaction_count',
    'c.first_day AS first_purchase_day',
    'c.last_day AS last_purchase_day',
  ];
  if (o.calibrationEnd !== null) {
    const duration = spanSql(o, 'b.calibration_end', 'b.observation_end', 'b.calibration_period', 'b.observation_period');
    columns.push('c.frequency_holdout', 'c.holdout_spend_minor', `${duration} AS duration_holdout`);
  }
  return columns.map((c) => `  ${c}`).join(',\n');
}

/** The rejected-rows count: one column per rule, the rules checked in the order of `summarizeTransactions`. @internal */
function rejectedQuery(o: ResolvedWarehouseOptions): string {
  const amount = amountSql(o);
  const count = (condition: string): string => `COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;
  const hasCustomer = `${o.customerId} IS NOT NULL`;
  const hasDate = `${hasCustomer} AND ${o.date} IS NOT NULL`;
  const validAmount = `${hasDate} AND ${o.amount} IS NOT NULL AND ${amount.valid}`;
  const after = o.observationEnd === null ? null : `${o.sql.epochDay(o.date)} > ${o.observationEnd}`;
  const returns: string | null = `${amount.minor} < 0`;
  // As summarizeTransactions: returns are dropped before the observation end is applied.
  const afterPurchase = after === null ? null : returns === null ? after : `NOT (${returns}) AND ${after}`;
  const zero = `CAST(0 AS ${o.sql.bigint})`;
  const day = o.sql.epochDay(o.date);
  const notAfter = after === null ? '' : ` AND NOT (${after})`;
  const kept = `${validAmount}${notAfter}${returns === null ? '' : ` AND NOT (${returns})`}`;
  return `SELECT
  ${count(`${o.customerId} IS NULL`)} AS missing_customer_id,
  ${count(`${hasCustomer} AND ${o.date} IS NULL`)} AS missing_date,
  ${count(`${hasDate} AND (${o.amount} IS NULL OR NOT (${amount.valid}))`)} AS invalid_amount,
  ${afterPurchase === null ? zero : count(`${validAmount} AND ${afterPurchase}`)} AS after_observation_end,
  ${returns === null ? zero : count(`${validAmount} AND ${returns}`)} AS excluded_returns,
  MAX(CASE WHEN ${kept} THEN ${day} END) AS last_day
FROM ${o.table}`;
}

/** The four queries of a warehouse summary. @internal */
export function buildSummaryQueries(o: ResolvedWarehouseOptions): Omit<WarehouseSummarySql, 'options'> {
  const tables = commonTables(o);
  const summary = `SELECT\n${summaryColumns(o)}\nFROM clientele_customers c CROSS JOIN clientele_bounds b\nWHERE c.first_day <= b.calibration_end`;
  return {
    summary: `${tables}\n${summary}\nORDER BY c.customer_id`,
    histogram: `${tables},
clientele_summary AS (
${summary}
)
SELECT frequency, recency, t, COUNT(*) AS weight
FROM clientele_summary
GROUP BY frequency, recency, t
ORDER BY frequency, recency, t`,
    notInCalibration: `${tables}
SELECT c.customer_id, c.first_day AS first_purchase_day, c.all_rows AS transaction_count
FROM clientele_customers c CROSS JOIN clientele_bounds b
WHERE c.first_day > b.calibration_end
ORDER BY c.customer_id`,
    rejected: rejectedQuery(o),
  };
}
