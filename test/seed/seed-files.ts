import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder of seed files written from strings; remove() when done. */
export function seedDir(prefix = 'pg-seed-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: string | Buffer): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const SHA = 'a'.repeat(64);

/** A valid file: one source, a person, an organisation and a role. */
export const goodSeed = (doc = 'doc:good', extra = ''): string => `source:
  id: ${doc}
  name: A good source
  kind: ARTICLE
  url: https://example.org/${doc.slice(4)}
  sha256: '${SHA}'
entities:
  - id: person:ada-test
    name: Ada Test
  - id: org:test-org
    name: Test Organisation
    kind: COMPANY
relationships:
  - from: person:ada-test
    type: HOLDS_ROLE
    to: org:test-org
    title: Chief Tester
    since: 2024-01-01
    evidence: Ada Test, Chief Tester
${extra}`;
