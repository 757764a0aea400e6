import { editDistance } from '../model/names/edit-distance.js';

/** Words that carry no identity: left out of acronyms and of "shared word" evidence. */
export const STOP_WORDS = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'on',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'del',
  'della',
  'di',
  'der',
  'die',
  'das',
  'und',
  'fur',
  'van',
  'von',
  'voor',
  'en',
  'et',
  'y',
  'e',
  'te',
  'to',
  'a',
  'an',
  'at',
  'al',
  'da',
  'do',
  'dos',
  'il',
  'lo',
  'och',
  'og',
  'i',
  'dell',
  'delle',
  'degli',
  'dei',
  'd',
  'l',
  'au',
  'aux',
  'z',
  'w',
  'na',
  'za',
]);

export type Reason =
  'ACRONYM' | 'CONTAINED' | 'SIMILAR_SPELLING' | 'SHARED_WORDS' | 'TRANSLATED' | 'SAME_NAME';

export interface Similarity {
  readonly reason: Reason;
  readonly score: number;
}

export const words = (key: string): string[] => key.split(' ').filter(Boolean);
const content = (key: string): string[] => words(key).filter((w) => !STOP_WORDS.has(w));

/**
 * True when `short` abbreviates `long`: each of its words is either a word of `long` or the
 * initials of consecutive content words of `long`, in order, covering at least one initial
 * ("ku leuven" ~ "katholieke universiteit te leuven"; "efpia" ~ "european federation of
 * pharmaceutical industries and associations").
 */
export function abbreviates(short: string, long: string): boolean {
  const s = words(short);
  const l = content(long);
  if (l.length < 2 || s.length >= l.length) return false;
  let usedInitials = false;
  const match = (i: number, j: number): boolean => {
    if (i === s.length) return j === l.length;
    if (j === l.length) return false;
    const w = s[i]!;
    if (w === l[j] && match(i + 1, j + 1)) return true;
    if (w.length < 2 || l.length - j < w.length) return false;
    for (let k = 0; k < w.length; k++) if (l[j + k]![0] !== w[k]) return false;
    if (match(i + 1, j + w.length)) return (usedInitials = true);
    return false;
  };
  return match(0, 0) && usedInitials;
}

/**
 * How alike two keys (normal forms) are, or undefined when not enough for a suggestion. Never a
 * decision: the caller only suggests. Rules, first that holds:
 * - ACRONYM: one abbreviates the other (a lone acronym needs 3+ content words to stand for);
 * - SIMILAR_SPELLING: equal without spaces ("business europe" / "businesseurope"), or the same
 *   words but one, which differs by one edit (two from 12 letters) ("appelation" / "appellation");
 * - CONTAINED: one is the other's first or last words ("roche" / "f hoffmann la roche",
 *   "siemens" / "siemens energy": a brand against a legal name, or a parent against a subsidiary);
 * - SHARED_WORDS: 3+ content words in common and Jaccard >= 0.75;
 * - TRANSLATED: the same content words once institutional words are glossed in English
 *   ("universite de liege" / "university of liege"), with one word at least that is not glossed.
 */
export function similarity(a: string, b: string): Similarity | undefined {
  if (a === b || !a.trim() || !b.trim()) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ws = words(short);
  const wl = words(long);
  if (
    abbreviates(short, long) &&
    (ws.length > 1 || (short.length >= 3 && content(long).length >= 3))
  )
    return { reason: 'ACRONYM', score: 0.7 };
  if (short.replace(/ /g, '') === long.replace(/ /g, ''))
    return { reason: 'SIMILAR_SPELLING', score: 0.95 };
  if (ws.length === wl.length) {
    const diff = ws.flatMap((w, i) => (w === wl[i] ? [] : [[w, wl[i]!] as const]));
    if (diff.length === 1 && ws.length > 1) {
      const [x, y] = diff[0]!;
      const d = editDistance(x, y, 2);
      if (
        Math.min(x.length, y.length) >= 5 &&
        (d === 1 || (d === 2 && Math.min(x.length, y.length) >= 12))
      )
        return { reason: 'SIMILAR_SPELLING', score: 0.9 };
    }
  }
  const edge =
    wl.length > ws.length &&
    (ws.every((w, i) => wl[i] === w) || ws.every((w, i) => wl[wl.length - ws.length + i] === w));
  if (edge && (ws.length > 1 || ws[0]!.length >= 4) && content(short).length > 0)
    return { reason: 'CONTAINED', score: round(0.5 + (0.4 * ws.length) / wl.length) };
  const sa = new Set(content(a));
  const sb = new Set(content(b));
  const shared = [...sa].filter((w) => sb.has(w)).length;
  const jaccard = shared / new Set([...sa, ...sb]).size;
  if (shared >= 3 && jaccard >= 0.75)
    return { reason: 'SHARED_WORDS', score: round(jaccard * 0.8) };
  const ga = content(a).map(gloss);
  const gb = content(b).map(gloss);
  if (ga.join(' ') === gb.join(' ') && ga.some((w) => !GLOSSED.has(w)))
    return { reason: 'TRANSLATED', score: 0.8 };
  return undefined;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Institutional words of EU languages and their English gloss: legal names are written in the
 * organisation's own language ("UNIVERSITE DE LIEGE"), curated names often in English.
 */
const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  university: [
    'universite',
    'universitat',
    'universiteit',
    'universita',
    'universidad',
    'universidade',
    'uniwersytet',
    'univerzita',
    'universitet',
    'universitatea',
    'yliopisto',
    'egyetem',
    'univerza',
    'universiti',
    'universitaet',
  ],
  institute: [
    'institut',
    'instituto',
    'istituto',
    'instytut',
    'institutet',
    'instituut',
    'institutt',
  ],
  national: ['nacional', 'nationale', 'nazionale', 'national', 'narodowy', 'narodni'],
  research: ['recherche', 'ricerca', 'investigacion', 'investigacao', 'forschung', 'onderzoek'],
  hospital: ['hopital', 'hospital', 'ospedale', 'krankenhaus', 'ziekenhuis', 'hospitalier'],
  centre: ['center', 'centre', 'centro', 'zentrum', 'centrum', 'centar'],
  technical: [
    'technische',
    'technique',
    'tecnico',
    'tecnica',
    'technicka',
    'techniczna',
    'tekniska',
  ],
  foundation: [
    'fondation',
    'fondazione',
    'fundacion',
    'fundacao',
    'stiftung',
    'stichting',
    'fundacja',
  ],
  medical: ['medical', 'medicale', 'medico', 'medizinische', 'medisch', 'medica'],
  council: ['conseil', 'consiglio', 'consejo', 'rat', 'raad'],
  science: ['sciences', 'scientifique', 'scientifica', 'wissenschaften', 'ciencias', 'scienze'],
  agency: ['agence', 'agenzia', 'agencia', 'agentur'],
  european: ['europeen', 'europeenne', 'europea', 'europeo', 'europaische', 'europees'],
};
const GLOSS = new Map(
  Object.entries(GLOSSARY).flatMap(([en, list]) => [
    [en, en] as const,
    ...list.map((w) => [w, en] as const),
  ]),
);
const GLOSSED = new Set(Object.keys(GLOSSARY));
const gloss = (w: string): string => GLOSS.get(w) ?? w;
