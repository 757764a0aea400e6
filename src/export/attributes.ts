import type { PlainProps, PlainValue } from './types.js';
import { asText } from './values.js';

export type AttributeType = 'string' | 'double' | 'boolean';

export interface Attribute {
  readonly key: string;
  readonly type: AttributeType;
}

const s = (key: string): Attribute => ({ key, type: 'string' });
const d = (key: string): Attribute => ({ key, type: 'double' });

/**
 * The node and edge columns of the file formats with a fixed schema (GraphML keys, GEXF attributes,
 * CSV headers): every property of docs/data-model.md. Anything else lands in `extra` (JSON), so no
 * property is lost and the header can be written before the first record arrives.
 */
export const nodeAttributes: readonly Attribute[] = [
  s('name'),
  s('kind'),
  s('acronym'),
  s('aliases'),
  s('wikidata'),
  s('ror'),
  s('cordisGrant'),
  s('title'),
  s('text'),
  { key: 'quoted', type: 'boolean' },
  s('date'),
  s('launched'),
  s('start'),
  s('end'),
  s('published'),
  s('city'),
  s('country'),
  s('programme'),
  s('grantId'),
  d('budgetEur'),
  d('fundingEur'),
  s('url'),
  s('publisher'),
  s('sha256'),
  s('extra'),
];

export const edgeAttributes: readonly Attribute[] = [
  s('sources'),
  s('evidence'),
  s('title'),
  s('since'),
  s('until'),
  s('capacity'),
  d('amountEur'),
  s('asWritten'),
  s('quote'),
  s('lines'),
  s('extra'),
];

/** The attribute values of one record in schema order; absent ones are undefined. */
export function attributeValues(
  schema: readonly Attribute[],
  props: PlainProps,
): (string | undefined)[] {
  const known = new Set(schema.map((a) => a.key));
  const extra: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(props)) if (!known.has(key)) extra[key] = value;
  return schema.map(({ key, type }) => {
    if (key === 'extra') return Object.keys(extra).length > 0 ? JSON.stringify(extra) : undefined;
    const value = props[key];
    if (value === undefined) return undefined;
    if (type === 'double' && typeof value !== 'number') return undefined;
    return asText(value);
  });
}
