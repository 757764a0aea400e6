import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSeedFiles } from '../../src/app/check-seed-files.js';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle, type DraftContext } from '../../src/draft/draft.js';
import { buildGazetteer, type KnownEntity } from '../../src/draft/gazetteer.js';
import { seedDir } from '../seed/seed-files.js';
import { KNOWN, KNOWN_ENTITIES } from './article-fixture.js';

/** Drafts small made-up texts against the test gazetteer; every draft must validate as written. */

interface Row extends Record<string, unknown> {
  id: string;
}
export interface Seed {
  source: Row;
  entities: Row[];
  relationships: { from: string; type: string; to: string; title?: string }[];
}

/**
 * `extra`: more names the graph knows (a dataset's, say), beside the fixture's; `extraSeed`: a seed
 * file declaring them, for drafts that refer to them; `eventOn`: the graph's events by day.
 */
export function articleDrafter(
  prefix: string,
  extra: readonly KnownEntity[] = [],
  extraSeed?: string,
  eventOn?: DraftContext['eventOn'],
) {
  const files = seedDir(prefix);
  files.write('known.yaml', KNOWN);
  if (extraSeed) files.write('known-extra.yaml', extraSeed);
  afterAll(() => files.remove());
  let n = 0;

  async function draftOf(
    text: string,
  ): Promise<Seed & { names: (prefix: string) => string[]; yaml: string }> {
    const path = files.write(`article-${++n}.txt`, text);
    const out = join(files.dir, `draft-${n}.yaml`);
    const draft = await draftArticle(
      readArticle(path),
      {},
      {
        gazetteer: buildGazetteer([...KNOWN_ENTITIES, ...extra]),
        against: 'a test gazetteer',
        ...(eventOn ? { eventOn } : {}),
        outPath: out,
        schemaFile: fromRoot('seed', 'schema.json'),
      },
    );
    writeFileSync(out, draft.yaml);
    const errors = checkSeedFiles([out], { seedDir: files.dir }).issues.filter(
      (i) => i.severity === 'error',
    );
    expect(errors).toEqual([]);
    const seed = parse(draft.yaml) as Seed;
    const names = (prefix: string) =>
      seed.entities.filter((e) => e.id.startsWith(prefix)).map((e) => String(e.name));
    return { ...seed, names, yaml: draft.yaml };
  }

  const role = (seed: Seed, person: string, org: string) =>
    seed.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.from === person && r.to === org);

  return { draftOf, role };
}

/** A seed file declaring organisations the graph knows, for drafts that refer to them. */
export function knownSeedOf(orgs: readonly KnownEntity[]): string {
  const entities = orgs.map((o) => ({
    id: o.id,
    name: o.name,
    ...(o.acronym ? { acronym: o.acronym } : {}),
    ...(o.aliases.length ? { aliases: o.aliases } : {}),
    kind: 'INSTITUTION',
  }));
  const source = {
    id: `doc:known-${orgs[0]!.id.slice(4)}`,
    name: 'Known before',
    kind: 'ARTICLE',
    url: 'https://example.org/known-before',
    sha256: 'c'.repeat(64),
  };
  return stringify({ source, entities });
}

/** The names of a draft's new entities whose ids open with `prefix` ("person:", "org:", "doc:"). */
export const namesOf = (seed: { entities: { id: string; name?: unknown }[] }, prefix: string) =>
  seed.entities.filter((e) => e.id.startsWith(prefix)).map((e) => e.name);

/** The drafted events and statements (their texts) of a seed. */
export const events = <T extends { id: string }>(seed: { entities: T[] }): T[] =>
  seed.entities.filter((e) => e.id.startsWith('event:'));
export const statements = (seed: { entities: { id: string; text?: unknown }[] }) =>
  seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text);
