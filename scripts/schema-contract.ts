import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';

// The graphql build @graphql-inspector/core itself loads (one realm for its instanceof checks).
const { buildSchema } = createRequire(import.meta.resolve('@graphql-inspector/core'))(
  'graphql',
) as typeof GraphQL;

/**
 * The schema is a contract: the current SDL (the snapshot test/graphql/schema.test.ts keeps in
 * step with graphql/*.graphql) is compared with the last released SDL (graphql/released/). A
 * breaking change (a field, type or argument removed or changed incompatibly) fails `npm run lint`
 * unless graphql/CHANGELOG.md names its path in backticks in its "Unreleased" section, with the
 * migration for clients.
 */
export interface ContractReport {
  readonly breaking: Change[];
  readonly unlisted: Change[];
  readonly other: Change[];
}

/** The text of the changelog's first section ("## Unreleased" up to the next "## "). */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## Unreleased\b/m);
  if (start < 0) return '';
  const rest = changelog.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

export async function checkContract(
  releasedSdl: string,
  currentSdl: string,
  changelog: string,
): Promise<ContractReport> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const listed = unreleasedSection(changelog);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    breaking,
    unlisted: breaking.filter((c) => !listed.includes(`\`${c.path ?? c.message}\``)),
    other: changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking),
  };
}

async function main(): Promise<void> {
  const report = await checkContract(
    readFileSync('graphql/released/schema.graphql', 'utf8'),
    readFileSync('test/graphql/__snapshots__/schema.graphql', 'utf8'),
    readFileSync('graphql/CHANGELOG.md', 'utf8'),
  );
  console.log(
    `schema contract: ${report.breaking.length} breaking change(s) since the released SDL, ` +
      `${report.breaking.length - report.unlisted.length} listed in graphql/CHANGELOG.md; ` +
      `${report.other.length} other change(s).`,
  );
  for (const c of report.unlisted) {
    console.error(
      `graphql/CHANGELOG.md: breaking change not listed: \`${c.path ?? ''}\` — ${c.message}`,
    );
  }
  if (report.unlisted.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
