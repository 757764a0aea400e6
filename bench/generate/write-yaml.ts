import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Shard } from './shard.js';
import type { Value } from './model.js';

/** Largest file written; the loader refuses files over 16 MB. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A JSON string is a valid YAML double-quoted scalar; numbers and booleans stay plain. */
const scalar = (v: Value): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The seed file for one shard, in the curated files' block style; returns its size in bytes. */
export function writeShard(shard: Shard, path: string, header: string): number {
  const out: string[] = [
    `# ${header}`,
    'source:',
    `  id: ${shard.source.id}`,
    `  name: ${scalar(shard.source.name)}`,
    '  kind: REPORT',
    '  publisher: policy-graph bench',
    `  url: ${shard.source.url}`,
    `  published: "${shard.source.published}"`,
    `  sha256: ${createHash('sha256').update(shard.source.name).digest('hex')}`,
    'entities:',
  ];
  for (const e of shard.entities) {
    out.push(`  - id: ${e.id}`);
    for (const [k, v] of Object.entries(e.props)) out.push(`    ${k}: ${scalar(v)}`);
    if (e.aliases) out.push(`    aliases: [${e.aliases.map(scalar).join(', ')}]`);
  }
  if (shard.rels.length) out.push('relationships:');
  for (const r of shard.rels) {
    out.push(`  - from: ${r.from}`, `    type: ${r.type}`, `    to: ${r.to}`);
    for (const [k, v] of Object.entries(r.props)) out.push(`    ${k}: ${scalar(v)}`);
  }
  out.push('');
  const text = out.join('\n');
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) {
    throw new Error(`${path} would be ${bytes} bytes: lower the entities per file`);
  }
  writeFileSync(path, text);
  return bytes;
}
