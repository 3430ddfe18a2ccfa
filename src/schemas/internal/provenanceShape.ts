import { fields } from './fieldKinds';

/** The provenance and catch-all fields every record has. @internal */
export const provenanceShape = {
  /**
   * Where the record came from, one of the data sources of {@link DataSource} (direct: market research,
   * campaigns, service contacts, points of sale, fairs, website, call centre, complaints; indirect: data
   * vendors, research firms, publications, government). Read case-insensitively.
   */
  source: fields.optionalSource(),
  /** Free-text detail of the source: the system, vendor, campaign or file it came from. */
  sourceDetail: fields.optionalText(),
  /**
   * Further attributes: an `attributes` object given in the row, merged with every column the schema does
   * not know (CRM exports carry many); values are kept as given.
   */
  attributes: fields.optionalAttributes(),
};
