/**
 * The node labels of the domain model, declared once: each label's id prefix and whether its name
 * identifies it (two people, organisations or initiatives with one name are probably one; two
 * statements or documents with one title are not). Id patterns, messages and duplicate checks
 * derive from this table; the GraphQL SDL is checked against it by test/graphql/model.test.ts.
 */
export const LABEL_SPECS = {
  Person: { prefix: 'person', nameIdentifies: true },
  Organisation: { prefix: 'org', nameIdentifies: true },
  Initiative: { prefix: 'initiative', nameIdentifies: true },
  Project: { prefix: 'project', nameIdentifies: true },
  Event: { prefix: 'event', nameIdentifies: true },
  Document: { prefix: 'doc', nameIdentifies: false },
  Statement: { prefix: 'statement', nameIdentifies: false },
  Topic: { prefix: 'topic', nameIdentifies: true },
} as const;

export type Label = keyof typeof LABEL_SPECS;
export type IdPrefix = (typeof LABEL_SPECS)[Label]['prefix'];
export const LABELS = Object.keys(LABEL_SPECS) as Label[];
export const ID_PREFIXES = LABELS.map((label) => LABEL_SPECS[label].prefix);
export const LABEL_BY_PREFIX = Object.fromEntries(
  LABELS.map((label) => [LABEL_SPECS[label].prefix, label]),
) as Record<IdPrefix, Label>;

/** Labels whose names identify them: new ones are checked for possible duplicates. */
export const NAME_IDENTIFIED = new Set(LABELS.filter((label) => LABEL_SPECS[label].nameIdentifies));

/** A slug: lower-case ASCII letters, digits and single dashes. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PREFIXES = ID_PREFIXES.join('|');

/** `<prefix>:<slug>`, e.g. `person:henna-virkkunen`. */
export const ID_PATTERN = new RegExp(`^(${PREFIXES}):${SLUG}$`);
/** The pattern of one label's ids. */
export const idPatternOf = (label: Label): RegExp =>
  new RegExp(`^${LABEL_SPECS[label].prefix}:${SLUG}$`);
/** Lists the prefixes for messages: "person, org, … or topic". */
export const PREFIX_LIST = `${ID_PREFIXES.slice(0, -1).join(', ')} or ${ID_PREFIXES.at(-1)}`;

/** The label an id names, or undefined when the id is malformed. */
export function labelOfId(id: string): Label | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  return LABEL_BY_PREFIX[id.slice(0, id.indexOf(':')) as IdPrefix];
}

const ID_LIKE = new RegExp(`^(${PREFIXES}):\\S*$`);
/** True when a reference is written as an id (`prefix:…`) rather than a name. */
export const looksLikeId = (ref: string): boolean => ID_LIKE.test(ref);
