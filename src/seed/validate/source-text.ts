import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { DEFAULT_MAX_FILE_MB } from '../read/read-text.js';

/**
 * A source's text copy and its sha256, or why it cannot be read: the copy must be a regular file
 * inside the seed file's folder (`sources/` for the curated seed; symlinks resolved first), of at
 * most the size a seed file may have. Nothing outside that folder is read.
 */
export function readSourceCopy(
  seedFile: string,
  text: string,
  maxMb = DEFAULT_MAX_FILE_MB,
): { sha256: string; content: string } | { problem: string } {
  const folder = realpathSync(dirname(seedFile));
  let real: string;
  try {
    real = realpathSync(resolve(folder, text));
  } catch {
    return { problem: `source text '${text}' not found (looked for ${resolve(folder, text)})` };
  }
  const inside = relative(folder, real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep))
    return { problem: `source text '${text}' is outside the seed file's folder (${folder})` };
  const stat = statSync(real);
  if (!stat.isFile()) return { problem: `source text '${text}' is not a regular file` };
  if (stat.size > maxMb * 1024 * 1024)
    return { problem: `source text '${text}' is over the ${maxMb} MB limit` };
  const bytes = readFileSync(real);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    content: bytes.toString('utf8'),
  };
}
