/** Whether token i may open an organisation's name (see org-run.ts). */
import { opensNoName } from './name-extents.js';
import { opensSentence, type Token } from './tokens.js';
import { LEXICON } from './person-cues.js';
import {
  AUXILIARIES,
  isNationality,
  ORG_HEADS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** A count in words: "Two", "Three" (not "Many Hands Foundation", "All European Academies"). */
const COUNT_WORD = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

const COUNTED =
  /^(?:[ \t]+\p{Lu}[\p{L}-]*)+[ \t]+\p{Ll}[\p{L}-]*[^s\W]s(?=[ \t]*[,.;:\n]|[ \t]+(?:and|of|in|on|at|for|have|had|are|were)\b)/u;

/** "Jörg Schäfer-Lindemann of …", "Femke van der Heijden of …": a person's names, then "of". */
const PERSON_THEN_OF =
  /^\p{Lu}[\p{L}'’-]+(?:\s(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|ter|ten)\s){0,2}\p{Lu}[\p{L}'’-]+){1,2}(?=\s+of\s)/u;

/** "Expert Group", "Expert Panel": a body named by its members' role. */
const BODY_AFTER_ROLE = /^ (?:Group|Panel|Committee|Network)\b/;

/**
 * Not a stop word, a role word (but "Expert Group"), a person's title, what a company is ("the
 * Dutch SME X"), a verb that opens a sentence or a number.
 */
export function opensOrg(
  text: string,
  tokens: readonly Token[],
  i: number,
  covered: ReadonlySet<number>,
): boolean {
  const t0 = tokens[i];
  // ("the WHO Regional Office for Europe": the organisation's initials, not the pronoun)
  const who = t0?.raw === 'WHO' && tokens[i + 1]?.cap === true;
  // ("DHIE's In Silico Medicine Working Group": a Latin phrase's "In" is the name's)
  const latin = t0?.raw === 'In' && /^(?:Silico|Vitro|Vivo)$/.test(tokens[i + 1]?.raw ?? '');
  if (!t0 || covered.has(i) || !t0.cap || (STOP_WORDS.has(t0.fold) && !who && !latin)) return false;
  // ("the Expert Group on Virtual Human Twins": a role word before a body's head opens its name)
  if (ROLE_WORDS.has(t0.fold) && !BODY_AFTER_ROLE.test(text.slice(t0.end, t0.end + 12)))
    return false;
  // ("Photo: Ministers Kristjan Pärnpuu and Aino-Kaisa Lehtimäki after …": a title for two people)
  if (/^(?:ministers|commissioners|professors|presidents|directors|doctors)$/.test(t0.fold))
    return false;
  if (PERSONAL_TITLES.has(t0.fold)) return false; // "Mr", "Dr": a person follows
  // ("Logo Alma Mater Studiorum – Università di Bologna": an image's alt text, then the name)
  if (/^(?:logo|image|photo)$/.test(t0.fold) && tokens[i + 1]?.cap) return false;
  // ("Dr Jörg Schäfer-Lindemann of Universitätsklinikum Nordhessen": the title's person, not a
  // name that runs on to the organisation)
  // (not "Dr. Falk Pharma GmbH", "the Dr. Margarete Fischer-Bosch Institute of …": a name with a
  // head; nor "Sir Jules Thorn …", "MEP Heart Group")
  const before = tokens[i - 1];
  const person = PERSON_THEN_OF.exec(text.slice(t0.start, t0.start + 80));
  if (
    before &&
    /^(?:dr|prof|professor|mr|mrs|ms)$/.test(before.fold) &&
    /^\.?[ \t]$/.test(text.slice(before.end, t0.start)) &&
    person &&
    !person[0].split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))
  )
    return false;
  // ("the Dutch SME Synthelix Health B.V.": what the company is, then its name)
  if (
    /^SMEs?$/.test(t0.raw) ||
    (/^SMEs?$/.test(tokens[i + 1]?.raw ?? '') && isNationality(t0.fold))
  )
    return false;
  if (opensNoName(text, t0)) return false;
  // "Does the …", "Questions? Contact the Communications Office": a sentence's verb, then its object
  if (tokens[i + 1]?.fold === 'the' && (AUXILIARIES.has(t0.fold) || opensSentence(text, tokens, i)))
    return false;
  // ("• Supports the Ministry of Health in …": a list item's verb, what the body does; not "- Feed
  // the Future Alliance", a name)
  if (tokens[i + 1]?.fold === 'the' && afterBullet(text, t0.start) && verbWithS(t0.fold))
    return false;
  if (!/\p{L}/u.test(t0.raw)) return false; // "2026 the Fundació …": a year is no name's start
  // ("Two Commission departments, two rulebooks": a count, then what is counted, not "Two Sigma
  // Investments")
  if (COUNT_WORD.test(t0.raw) && COUNTED.test(text.slice(t0.end, t0.end + 80))) return false;
  return true;
}

/** The word opens a list's item: "• Supports …", "- Makes …". */
const afterBullet = (text: string, at: number): boolean =>
  /(?:^|\n)[ \t]*[-*•▪◦–—][ \t]+$/.test(text.slice(Math.max(0, at - 12), at));

/** "supports", "makes", "prepares": a verb the lexicon knows, with its "-s". */
const verbWithS = (fold: string): boolean =>
  /s$/.test(fold) &&
  [fold.slice(0, -1), fold.replace(/es$/, '')].some((s) => /Infinitive/.test(String(LEXICON[s])));
