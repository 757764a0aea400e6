import type { MeetingRow } from './row-schema.js';
import type { SpellingStats } from '../../identity/resolve-names.js';
import { lineOf } from '../pipeline/dataset.js';

/** Names seen in the register, per label and per document: the only state that grows with the data. */
export class NameCollector {
  readonly organisations = new Map<string, SpellingStats>();
  readonly officials = new Map<string, SpellingStats>();
  /** doc id → spellings it names (organisations, officials). */
  readonly orgMentions = new Map<string, Map<string, SpellingStats>>();
  readonly officialMentions = new Map<string, Map<string, SpellingStats>>();

  add(row: MeetingRow, docId: string): void {
    const at = lineOf(row.file, row.line);
    for (const o of row.organisations) {
      const s = bump(this.organisations, o, at);
      for (const official of row.officials) s.officials.add(official);
      bump(of(this.orgMentions, docId), o, at);
    }
    for (const official of row.officials) {
      bump(this.officials, official, at);
      bump(of(this.officialMentions, docId), official, at);
    }
  }
}

function of<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

function bump(map: Map<string, SpellingStats>, name: string, at: string): SpellingStats {
  let s = map.get(name);
  if (!s) map.set(name, (s = { rows: 0, officials: new Set(), first: at }));
  s.rows++;
  return s;
}
