import { CITIES } from './vocabulary.js';

/**
 * "The MoU was signed yesterday at a ceremony hosted by HUT", "The Ministry and ADZ yesterday signed
 * an agreement … (Sandra Gallina joined the signing by video link)": a signing is an event when the
 * sentence speaks of a ceremony or the text of people at "the signing" (not of a grant's or a
 * contract's: an office's act); its name says what was signed.
 */

const AGREEMENT = String.raw`(?:memorandum of understanding|MoU|(?:[\p{Ll}-]+\s+){0,2}agreements?|letter of intent|charter|contracts?)`;
const SIGNED_THE = new RegExp(
  String.raw`\bsigning\s+ceremony\s+(?:of|for)\s+(?:a|an|the)\s+(${AGREEMENT})\b|\bsign(?:ed|s)?\s+(?:a|an|the)\s+(${AGREEMENT})\b|\bsign(?:ed|s)?\s+((?:[\p{Ll}-]+\s+){0,2}agreements)\s+with\b|\b(?:the|a|an)\s+(${AGREEMENT})\s+(?:was|were|has been|had been)\s+signed\b`,
  'iu',
);

/** "joined the signing by video link", "attended the signing": people were there. */
const ATTENDED =
  /\b(?:joined|attended|witnessed|at|during)\s+the\s+signing\b(?!\s+(?:procedure|process|stage|phase|of\s+the\s+grant))/i;

const WAS_ATTENDED = /\bthe\s+signing\s+was\s+attended\s+by\b/i;

export function signingIn(text: string, sentence: string): string | undefined {
  const m = SIGNED_THE.exec(sentence);
  const what = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  if (!what) return undefined;
  // (a grant's or a contract's signing is an office's act, whatever ceremony is near; unless the
  // text says who attended it: "The signing was attended by the Deputy Minister …")
  if (/\b(?:grant|contracts?)\b/i.test(what) && !WAS_ATTENDED.test(text)) return undefined;
  // (or it says where: "signed a memorandum of understanding in Brussels")
  const where = [...sentence.matchAll(/\bin\s+(\p{Lu}[\p{L}-]+)/gu)].some((c) =>
    CITIES.has(c[1]!.toLowerCase()),
  );
  // ("… was signed on Tuesday at the UKO Heart Centre in the presence of the State Secretary")
  const attended =
    ATTENDED.test(text) ||
    WAS_ATTENDED.test(text) ||
    /\bin\s+the\s+presence\s+of\b/i.test(sentence);
  const ceremony = /\bceremony\b/i.test(sentence);
  // ("signed data-sharing agreements with 40 hospitals in Madrid": an office's act, wherever)
  if (m?.[3] !== undefined && !ceremony && !WAS_ATTENDED.test(text)) return undefined;
  if (!ceremony && !attended && !where) return undefined;
  const thing = /^mou$/i.test(what) ? 'memorandum of understanding' : what.toLowerCase();
  return `Signing of the ${thing}`;
}
