import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: every project file (cypher/, graphql/, seed/, neo4j/) is found from here. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fromRoot(...parts: string[]): string {
  return resolve(projectRoot, ...parts);
}
