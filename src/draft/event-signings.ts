/**
 * "The MoU was signed yesterday at a ceremony hosted by HUT", "The Ministry and ADZ yesterday signed
 * an agreement … (Sandra Gallina joined the signing by video link)": a signing is an event when the
 * text speaks of a ceremony or of "the signing"; its name says what was signed.
 */

const AGREEMENT = String.raw`(?:memorandum of understanding|MoU|(?:[\p{Ll}-]+\s+){0,2}agreement|letter of intent|charter|contract)`;
const SIGNED_THE = new RegExp(
  String.raw`\bsign(?:ed|s)?\s+(?:a|an|the)\s+(${AGREEMENT})\b|\b(?:the|a|an)\s+(${AGREEMENT})\s+(?:was|were|has been|had been)\s+signed\b`,
  'iu',
);

export function signingIn(text: string, sentence: string): string | undefined {
  const m = SIGNED_THE.exec(sentence);
  const what = m?.[1] ?? m?.[2];
  if (!what) return undefined;
  if (!/\bceremony\b/i.test(sentence) && !/\bthe signing\b/i.test(text)) return undefined;
  const thing = /^mou$/i.test(what) ? 'memorandum of understanding' : what.toLowerCase();
  return `Signing of the ${thing}`;
}
