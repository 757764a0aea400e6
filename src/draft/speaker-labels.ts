import { titleCase } from './dateline.js';
import { runOf } from './name-runs.js';
import type { PersonRun } from './people.js';
import { someCommon } from './person-cues.js';
import type { Token } from './tokens.js';
import { ROLE_WORDS } from './vocabulary.js';

/**
 * A transcript names its speakers in its labels: "TOMASZ WIERZBICKI (S&D): Thank you, Chair." (a
 * name in capitals) and "CHAIR (Marit Oosterhuis): Good afternoon" (a role, the name after it).
 * Taken only in a text with two such labels or more, of two people or more.
 */
const LABEL =
  /^[ \t]*(?:(?:DR|PROF|MR|MRS|MS|SIR|DAME)\.?[ \t]+)?(?:(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3})|(\p{Lu}{2,}(?: \p{Lu}{2,})?)[ \t]*\((\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3})\))(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]*\S/gmu;

/**
 * A broadcast's name super (its lower third), the name in capitals before a slash (or a dash) and
 * the post:
 * "[SUPER: DR MAGNUS EKLÖF / Head of Cardiothoracic Surgery, Karolinska University Hospital]".
 */
/** The label of a name super, in capitals or not. */
const SUPER_LABEL = String.raw`(?:SUPER|CAPTION|NAME[ \t]?CARD|LOWER[ \t-]THIRD|CHYRON|ASTON|STRAP|Super|Caption|Name[ \t]?card|Lower[ \t-]third|Chyron|Aston|Strap)`;
const SUPER = new RegExp(
  String.raw`^[ \t]*\[?${SUPER_LABEL}[ \t]*:[ \t]*(?:(?:DR|PROF|MR|MRS|MS|SIR|DAME)\.?[ \t]+)?(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3})[ \t]+[\/–—][ \t]`,
  'gmu',
);
const SUPER_LINE = new RegExp(String.raw`^[ \t]*\[?${SUPER_LABEL}[ \t]*:[^\n]*$`, 'u');

/**
 * A transcript's production note in brackets after a speaker's label in capitals, no body of
 * theirs: "(V/O)", "(SOT)", "(via video link)", and a note in capitals "(ANCHOR, STUDIO BRUSSELS)"
 * (not "(Reporter, Público)", "(PTC Therapeutics)").
 */
export function isBroadcastNote(inBrackets: string, name: string): boolean {
  if (/\p{Ll}/u.test(name)) return false;
  const note = inBrackets.trim();
  return (
    /^(?:V\/?O|SOT|OOV|O\/?C|voice-?over|on camera|off camera|via (?:video link|satellite|phone|video))$/i.test(
      note,
    ) ||
    (!/\p{Ll}/u.test(note) && /^(?:ANCHOR|PRESENTER|REPORTER|CORRESPONDENT|IN STUDIO)\b/.test(note))
  );
}

/** The offset is on a name super's line, after its label. */
export const onNameSuper = (text: string, offset: number): boolean =>
  SUPER_LINE.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));

export function speakerLabels(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
): PersonRun[] {
  const found: { start: number; end: number; why: string }[] = [];
  for (const m of text.matchAll(LABEL)) {
    if (m[1] && isName(m[1])) {
      const start = m.index + m[0].indexOf(m[1]);
      found.push({ start, end: start + m[1].length, why: "a transcript's speaker label" });
    } else if (m[2] && m[3] && isRole(m[2])) {
      const start = m.index + m[0].indexOf(`(${m[3]})`) + 1;
      found.push({ start, end: start + m[3].length, why: `named as "${m[2]}" in a transcript` });
    }
  }
  for (const m of text.matchAll(SUPER))
    if (isName(m[1]!)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      found.push({ start, end: start + m[1]!.length, why: "a broadcast's name super" });
    }
  const distinct = new Set(found.map((f) => text.slice(f.start, f.end).toLowerCase()));
  if (found.length < 2 || distinct.size < 2) return [];
  return found.flatMap((f) => {
    const first = tokens.findIndex((t) => t.start === f.start);
    const last = tokens.findIndex((t) => t.start >= f.end);
    const end = last < 0 ? tokens.length : last;
    if (first < 0 || tokens.slice(first, end).some((_, k) => covered.has(first + k))) return [];
    return [{ ...runOf(text, tokens, first, end), why: f.why }];
  });
}

/** "SAILA RINNE", not "NEXT STEPS", "PRESS CONTACT" or "CHAIR". */
const isName = (label: string): boolean => {
  const words = titleCase(label).split(/[\s'’-]+/);
  return !someCommon(titleCase(label)) && !words.some((w) => ROLE_WORDS.has(w.toLowerCase()));
};

/** "CHAIR", "MODERATOR", "PRESIDENT": a label that is someone's role. */
const isRole = (label: string): boolean =>
  label
    .toLowerCase()
    .split(' ')
    .every((w) => ROLE_WORDS.has(w) || w === 'the');
