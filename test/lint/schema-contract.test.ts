import { describe, expect, it } from 'vitest';
import { checkContract, unreleasedSection } from '../../scripts/schema-contract.js';

// The schema contract of `npm run lint`: a breaking change needs its path in the changelog.
const RELEASED =
  'type Query { people: [Person!]! }\ntype Person { id: ID! name: String! kind: String }';
const CURRENT = 'type Query { people: [Person!]! }\ntype Person { id: ID! name: String! age: Int }';

describe('schema contract', () => {
  it('fails on a breaking change the changelog does not list, and names it', async () => {
    const report = await checkContract(
      RELEASED,
      CURRENT,
      '# Changelog\n\n## Unreleased\n\nNothing.\n',
    );
    expect(report.unlisted.map((c) => c.path)).toEqual(['Person.kind']);
    expect(report.other.map((c) => c.path)).toEqual(['Person.age']);
  });

  it('passes once the Unreleased section names the path, not an older section', async () => {
    const listed = '## Unreleased\n\n- `Person.kind` removed: use `Person.age`.\n\n## 2026-01-01\n';
    expect((await checkContract(RELEASED, CURRENT, listed)).unlisted).toEqual([]);
    const old = '## Unreleased\n\n## 2026-01-01\n\n- `Person.kind` removed.\n';
    expect((await checkContract(RELEASED, CURRENT, old)).unlisted).toHaveLength(1);
    expect(unreleasedSection(old)).not.toContain('Person.kind');
  });
});
