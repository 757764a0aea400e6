import { cleanText } from '../model/names/normalise.js';

/** An evidence span as stored: whitespace collapsed, cut at a word before `max` characters. */
export const short = (text: string, max = 240): string => {
  const clean = cleanText(text);
  return clean.length <= max ? clean : `${clean.slice(0, max).replace(/\s+\S*$/, '')}`;
};
