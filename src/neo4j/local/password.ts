import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from './permissions.js';

/**
 * The local server's password: NEO4J_PASSWORD if set, else one generated on first start and kept
 * in <home>/password (mode 600, git-ignored with the rest of .neo4j/).
 */
export function localPassword(home: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = join(home, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  makePrivateDir(home);
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: PRIVATE_FILE_MODE });
  return generated;
}
