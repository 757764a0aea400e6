/** Node labels of the domain model and the id prefix of each (`person:henna-virkkunen`). */
export const LABEL_BY_PREFIX = {
  person: 'Person',
  org: 'Organisation',
  initiative: 'Initiative',
  project: 'Project',
  event: 'Event',
  doc: 'Document',
  statement: 'Statement',
  topic: 'Topic',
} as const;

export type IdPrefix = keyof typeof LABEL_BY_PREFIX;
export type Label = (typeof LABEL_BY_PREFIX)[IdPrefix];
export const LABELS = Object.values(LABEL_BY_PREFIX) as Label[];

/** `<prefix>:<slug>`: slug is lower-case ASCII letters, digits and single dashes. */
export const ID_PATTERN =
  /^(person|org|initiative|project|event|doc|statement|topic):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The label an id names, or undefined when the id is malformed. */
export function labelOfId(id: string): Label | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  const prefix = id.slice(0, id.indexOf(':')) as IdPrefix;
  return LABEL_BY_PREFIX[prefix];
}

/** True when a reference is written as an id (`prefix:…`) rather than a name. */
export function looksLikeId(ref: string): boolean {
  return /^(person|org|initiative|project|event|doc|statement|topic):\S*$/.test(ref);
}
