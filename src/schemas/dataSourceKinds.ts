/**
 * The data sources of customer records and whether each is direct or indirect: the provenance vocabulary
 * of the `source` field of every record.
 *
 * @remarks
 * Source document 001 (customer information and customer database) names where customer data come from.
 * Direct sources are the company's own contacts with its customers: market research, marketing campaigns,
 * service contacts, points of sale, fairs and exhibitions, the website and the call centre, complaints.
 * Indirect sources are bought or published: data vendors, research firms, publications, government
 * statistics. Analyses filter records by `source` (or by its kind through this table), for example to
 * keep purchased attributes out of a model fitted on first-hand behaviour. Parsers read the source
 * case-insensitively with blanks or underscores as hyphens, and accept the spelling `'call-center'`.
 *
 * @example
 * ```ts
 * dataSourceKinds['point-of-sale']; // 'direct'
 * dataSourceKinds['data-vendor']; // 'indirect'
 * Object.keys(dataSourceKinds).filter((s) => dataSourceKinds[s as DataSource] === 'indirect');
 * // ['data-vendor', 'research-firm', 'publication', 'government']
 * ```
 */
export const dataSourceKinds = {
  'market-research': 'direct',
  'marketing-campaign': 'direct',
  'service-contact': 'direct',
  'point-of-sale': 'direct',
  'fair': 'direct',
  'website': 'direct',
  'call-centre': 'direct',
  'complaint': 'direct',
  'data-vendor': 'indirect',
  'research-firm': 'indirect',
  'publication': 'indirect',
  'government': 'indirect',
} as const satisfies Readonly<Record<string, 'direct' | 'indirect'>>;

/**
 * Where a record came from (source document 001's data sources); see {@link dataSourceKinds} for the
 * direct/indirect split.
 */
export type DataSource = keyof typeof dataSourceKinds;
