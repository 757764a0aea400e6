import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';

// The .graphql files are merged at boot: a second `type X` would be merged into the first without a
// word (a new `Funding` once gave the FUNDED_BY properties three fields). Each name is defined once.
it('every type, enum, interface and input of graphql/*.graphql is defined in one place', () => {
  const dir = fromRoot('graphql');
  const seen = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')))
    for (const d of parse(readFileSync(join(dir, file), 'utf8')).definitions)
      if (
        'name' in d &&
        d.name &&
        !String(d.kind).endsWith('Extension') &&
        d.kind !== Kind.DIRECTIVE_DEFINITION
      )
        seen.set(d.name.value, [...(seen.get(d.name.value) ?? []), file]);
  expect([...seen].filter(([, files]) => files.length > 1)).toEqual([]);
});
