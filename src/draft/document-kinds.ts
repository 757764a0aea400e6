/** The kind of document a title's head word gives, or none when the word names no document here. */
import type { Token } from './tokens.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

export function documentKindAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): string | undefined {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.fold ?? '';
  const after = text.slice(t.end, t.end + 12);
  // ("the Strategic Plan 2024–2030, adopted by the Assembly", "the Network's Work Plan": a
  // body's own plan is a paper)
  if (t.fold === 'programme' && before === 'work') return 'ROADMAP';
  if (t.fold === 'plan' && /^(?:strategic|business|work)$/.test(before)) return 'ROADMAP';
  if (t.fold === 'law') return NUMBERED.test(after) ? 'LEGAL_ACT' : undefined;
  // ("Joint Opinion 03/2022": a body's numbered opinion; "in my Opinion" is none)
  if (t.fold === 'opinion') return NUMBERED.test(after) ? 'REPORT' : undefined;
  if (t.raw === 'Code') return codeKind(tokens, i);
  // a Decision is a legal act ("Commission Implementing Decision"), not the decision of
  // "Clinical Decision Support Systems"
  if (t.fold === 'decision' && DECISION_OF.test(tokens[i + 1]?.fold ?? '')) return undefined;
  if (weakHead(text, t)) return undefined;
  return DOCUMENT_HEADS.get(t.fold);
}

/** "Law 9/2017 on …", "Law No. 31": an act's number ("Faculty of Law 2026" has none). */
const NUMBERED = /^ (?:\d{1,4}\/\d{4}\b|No\.? ?\d)/;
const DECISION_OF = /^(?:support|making|maker|makers|tree|trees|science)$/;

/**
 * "Meridia Responsible AI Code", "Code of Conduct for …": a body's code (a charter); "the Public
 * Health Code", "Civil Code": a law. Not "EU Code Week", "Dress Code", "Zip Code".
 */
function codeKind(tokens: readonly Token[], i: number): string | undefined {
  const before = tokens[i - 1]?.fold ?? '';
  const next = tokens[i + 1];
  const t = tokens[i]!;
  if (next?.cap && next.start === t.end + 1 && next.raw !== 'of') return undefined;
  if (
    /^(?:dress|zip|post|postal|source|country|area|colour|color|promo|discount|access)$/.test(
      before,
    )
  )
    return undefined;
  return /^(?:civil|penal|criminal|health|commercial|labour|labor|tax|administrative)$/.test(before)
    ? 'LEGAL_ACT'
    : 'MANIFESTO';
}

/**
 * "Body Mass Index", "Best Thesis Prize": an index or a thesis is a named document only with its
 * year ("Hospital Data Readiness Index 2025"); quoted thesis titles are found apart.
 */
const weakHead = (text: string, t: Token): boolean =>
  /^(?:index|scoreboard|barometer|thesis|dissertation)$/.test(t.fold) &&
  !/^ (?:19|20)\d{2}\b/.test(text.slice(t.end, t.end + 6));
