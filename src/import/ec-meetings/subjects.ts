import type { KnownEntity } from '../pipeline/known.js';
import { normaliseText } from '../../model/names/normalise.js';

/** An initiative or topic a subject names, and the words that named it. */
export interface SubjectLink {
  readonly id: string;
  readonly matched: string;
}

/**
 * Finds the initiatives and topics of the graph a subject names, through their names, aliases and
 * acronyms only: whole words, case- and accent-insensitive ("health data space", "EHDS"). Where
 * spellings overlap, the longest wins ("European Health Data Space" is the initiative, not the topic
 * "health data"). Terms shorter than 3 characters are ignored.
 */
export class SubjectMatcher {
  private readonly terms: { term: string; id: string }[];

  constructor(known: readonly KnownEntity[]) {
    const terms = new Map<string, string>();
    for (const k of known) {
      if (k.label !== 'Initiative' && k.label !== 'Topic') continue;
      for (const spelling of [k.name, ...k.aliases, ...(k.acronym ? [k.acronym] : [])]) {
        const term = normaliseText(spelling);
        if (term.length >= 3 && !terms.has(term)) terms.set(term, k.id);
      }
    }
    this.terms = [...terms]
      .map(([term, id]) => ({ term, id }))
      .sort((a, b) => b.term.length - a.term.length);
  }

  get size(): number {
    return this.terms.length;
  }

  match(subject: string): SubjectLink[] {
    const text = ` ${normaliseText(subject)} `;
    const taken: [number, number][] = [];
    const links = new Map<string, string>();
    for (const { term, id } of this.terms) {
      for (let at = text.indexOf(` ${term} `); at !== -1; at = text.indexOf(` ${term} `, at + 1)) {
        const span: [number, number] = [at + 1, at + 1 + term.length];
        if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
        taken.push(span);
        if (!links.has(id)) links.set(id, term);
      }
    }
    return [...links].map(([id, matched]) => ({ id, matched }));
  }
}
