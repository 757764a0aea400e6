import type { Gazetteer, KnownEntity } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { escapeRegExp } from './regex-escape.js';
import { foldedWords, type Token } from './tokens.js';
import { NAME_PARTICLES, PERSONAL_TITLES, ROLE_WORDS } from './vocabulary.js';

/* People named again by their surname: after their full name, or after a title the graph knows. */

/** Words that belong to the surname after them: "De Smet", and the Gaelic "Ní Mhurchú", "Mac Lochlainn". */
const PARTICLES = new Set([...NAME_PARTICLES, 'ni', 'nic', 'o', 'ua', 'ui', 'mac', 'mc']);

/** "Hofstetter is cautious": a person named in full earlier, by their last name alone. */
export function surnames(
  text: string,
  tokens: readonly Token[],
  people: readonly Mention[],
  covered: Set<number>,
): Mention[] {
  const bySurname = new Map<string, { p: Mention; words: number; spaced?: boolean } | null>();
  for (const p of people) {
    if (p.last - p.first < 2) continue;
    // "Oliveira-Dahl": a hyphenated surname is its words together
    let first = p.last - 1;
    while (first > p.first + 1 && text.slice(tokens[first - 1]!.end, tokens[first]!.start) === '-')
      first--;
    // ("Pieter-Jan De Smet" … "Dr De Smet": the particles before it are the surname's too)
    let from = first;
    while (from > p.first + 1 && PARTICLES.has(tokens[from - 1]!.fold)) from--;
    // ("Nerea Azcárate Villalba" … "Dr Azcárate Villalba": a first name and two surnames)
    const two = p.last - p.first >= 3 && first === p.last - 1 ? [p.last - 2] : [];
    for (const f of new Set([first, from, ...two])) {
      const key = surnameKey(tokens, f, p.last);
      const seen = bySurname.get(key);
      const entry = { p, words: p.last - f, ...(two.includes(f) ? { spaced: true } : {}) };
      // (the first full mention: the surname after it is theirs, also before a later one)
      if (seen === undefined) bySurname.set(key, entry);
      else if (seen !== null && seen.p.entity !== p.entity) bySurname.set(key, null);
    }
  }
  // "Kacper likes to say": a first name alone, when one person has it and a verb follows
  const byFirst = new Map<string, Mention | null>();
  for (const p of people) {
    if (p.last - p.first < 2) continue;
    const key = tokens[p.first]!.fold;
    const seen = byFirst.get(key);
    byFirst.set(key, seen === undefined || seen?.entity === p.entity ? p : null);
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (after a capitalised word, only a title's: "Professor Geris", not "Ghent Geris")
    const prev = tokens[i - 1];
    // (a year or a full stop before it is no name's word: "… 17 February 2026. Lindqvar spoke")
    const joinedTo =
      prev?.cap && /\p{L}/u.test(prev.raw) && /^[ \t]+$/.test(text.slice(prev.end, t.start));
    // ("said Commissioner Várhelyi", "Minister Kovačič added": a post's word is a title too)
    const title = PERSONAL_TITLES.has(prev?.fold ?? '') || ROLE_WORDS.has(prev?.fold ?? '');
    if (covered.has(i) || !t.cap || (joinedTo && !title)) continue;
    for (const n of [3, 2, 1]) {
      const hit = bySurname.get(surnameKey(tokens, i, i + n));
      if (!hit || hit.words !== n || t.start < hit.p.end) continue;
      // ("said Minister Gallina" after "Sandra Gallina of DG SANTE": a post's word before the
      // surname is the one the text gave that person where it named them in full)
      const post = joinedTo && !PERSONAL_TITLES.has(prev!.fold);
      const near = text
        .slice(Math.max(0, hit.p.start - 80), Math.min(hit.p.end + 150, prev!.start))
        .toLowerCase();
      if (post && !near.includes(prev!.fold)) continue;
      const joined = tokens
        .slice(i, i + n)
        .every(
          (x, k) =>
            !k || hit.spaced || text[x.start - 1] === '-' || PARTICLES.has(tokens[i + k - 1]!.fold),
        );
      if (!joined || [...Array(n).keys()].some((k) => covered.has(i + k))) continue;
      for (let k = 0; k < n; k++) covered.add(i + k);
      const end = tokens[i + n - 1]!.end;
      out.push({ entity: hit.p.entity, first: i, last: i + n, start: t.start, end });
      break;
    }
    const named = byFirst.get(t.fold);
    const verb = /^\s+(?:\p{Ll}+s|said|told|added|says)\b/u.test(text.slice(t.end, t.end + 20));
    if (!covered.has(i) && named && t.start > named.end && verb && !bySurname.get(t.fold)) {
      covered.add(i);
      out.push({ entity: named.entity, first: i, last: i + 1, start: t.start, end: t.end });
    }
  }
  return out;
}

const surnameKey = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.fold)
    .join('-');

/**
 * "Director-General Gallina", "Commissioner Várhelyi": a title, then the surname of one person
 * the graph knows (and of no other): that person.
 */
export function titledSurnames(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: Set<number>,
): KnownWord[] {
  const out: (Omit<Mention, 'entity'> & { entity: KnownEntity; written: string })[] = [];
  // a surname the text also gives with another first name ("Giuseppe Conte") is that person's
  const withFirstName = new Set(
    tokens.flatMap((t, k) => {
      const p = tokens[k - 1];
      // (not an acronym: "Cc: CAB VARHELYI", a cabinet's code)
      const first =
        p?.cap && /\p{Ll}/u.test(p.raw) && !PERSONAL_TITLES.has(p.fold) && !ROLE_WORDS.has(p.fold);
      return first && text.slice(p.end, t.start) === ' ' ? [t.fold] : [];
    }),
  );
  for (let i = 1; i < tokens.length; i++) {
    const [prev, t] = [tokens[i - 1]!, tokens[i]!];
    // (a capital after a space goes on the name; "Commissioner Várhelyi,⏎Director-General …" not)
    const next = tokens[i + 1];
    const goesOn = next?.cap && text.slice(t.end, next.start) === ' ';
    if (covered.has(i) || !t.cap || goesOn || withFirstName.has(t.fold)) continue;
    const particled = withParticles(text, tokens, i, gaz);
    if (particled) {
      for (let k = particled.first; k < particled.last; k++) covered.add(k);
      out.push(particled);
      continue;
    }
    const gap = text.slice(prev.end, t.start);
    const initialled = withInitial(text, tokens, i, gaz);
    if (initialled) {
      covered.add(i);
      out.push(initialled);
      continue;
    }
    // "Dr. Benson", "Director-General Gallina"; not "… Officer. Benson, who …"
    const titled = PERSONAL_TITLES.has(prev.fold) ? /^\.? $/.test(gap) : gap === ' ';
    if (!titled || !(PERSONAL_TITLES.has(prev.fold) || (prev.cap && ROLE_WORDS.has(prev.fold))))
      continue;
    const known = t.fold.length >= 4 ? gaz.bySurname.get(t.fold) : undefined;
    if (known?.length !== 1) continue;
    covered.add(i);
    out.push(oneWord(known[0]!, tokens, i));
  }
  return out;
}

/**
 * "Prof. L. Geris (Université de Liège)": a title, the initial of a first name, the surname of a
 * person the graph knows whose first name has that initial (and of no other).
 */
function withInitial(
  text: string,
  tokens: readonly Token[],
  i: number,
  gaz: Gazetteer,
): KnownWord | undefined {
  const [title, initial, t] = [tokens[i - 2], tokens[i - 1]!, tokens[i]!];
  if (!title || !PERSONAL_TITLES.has(title.fold) || !/^\p{Lu}$/u.test(initial.raw))
    return undefined;
  if (!/^\.? $/.test(text.slice(title.end, initial.start))) return undefined;
  if (text.slice(initial.end, t.start) !== '. ' || t.fold.length < 4) return undefined;
  const known = (gaz.bySurname.get(t.fold) ?? []).filter((e) => e.name.startsWith(initial.raw));
  if (known.length !== 1) return undefined;
  return {
    entity: known[0]!,
    written: text.slice(initial.start, t.end),
    first: i - 1,
    last: i + 1,
    start: initial.start,
    end: t.end,
  };
}

/** A known entity named by the one word at token i. */
export type KnownWord = Omit<Mention, 'entity'> & { entity: KnownEntity; written: string };
/**
 * "President von der Leyen": a title, a surname with its small particles, of one person the graph
 * knows (whose name ends so).
 */
function withParticles(
  text: string,
  tokens: readonly Token[],
  i: number,
  gaz: Gazetteer,
): KnownWord | undefined {
  let p = i - 1;
  while (p > 0 && NAME_PARTICLES.has(tokens[p]!.raw) && text[tokens[p]!.end] === ' ') p--;
  const title = tokens[p]!;
  if (p === i - 1 || text.slice(title.end, tokens[p + 1]!.start) !== ' ') return undefined;
  if (!PERSONAL_TITLES.has(title.fold) && !(title.cap && ROLE_WORDS.has(title.fold)))
    return undefined;
  const written = text.slice(tokens[p + 1]!.start, tokens[i]!.end);
  const ending = ' ' + surnameKey(tokens, p + 1, i + 1).replace(/-/g, ' ');
  const known = (gaz.bySurname.get(tokens[i]!.fold) ?? []).filter((e) =>
    ` ${foldedWords(e.name).join(' ')}`.endsWith(ending),
  );
  if (known.length !== 1) return undefined;
  // (not after "Heiko von der Leyen": the text names another person by that surname)
  const first = foldedWords(known[0]!.name)[0];
  const others = [
    ...text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}-]+)\\s+${escapeRegExp(written)}\\b`, 'gu')),
  ];
  if (
    others.some(
      (m) =>
        foldedWords(m[1]!)[0] !== first &&
        !PERSONAL_TITLES.has(foldedWords(m[1]!)[0]!) &&
        !ROLE_WORDS.has(foldedWords(m[1]!)[0]!),
    )
  )
    return undefined;
  const [start, end] = [tokens[p + 1]!.start, tokens[i]!.end];
  return { entity: known[0]!, written, first: p + 1, last: i + 1, start, end };
}

export const oneWord = (entity: KnownEntity, tokens: readonly Token[], i: number): KnownWord => {
  const t = tokens[i]!;
  return { entity, written: t.raw, first: i, last: i + 1, start: t.start, end: t.end };
};
