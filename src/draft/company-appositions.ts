/**
 * What a company or a body is, right after its name: "Synapsa Analytics, a Kraków start-up that
 * …", "Statvarna, the statistical office of the European Union", "Synthelia Bio, a Lyon-based
 * start-up building …". Read by the headed organisations (headed-orgs.ts).
 */
import { looksLikePerson } from './person-cues.js';

/** Kinds of company, written right before or after its name. */
export const KINDS = String.raw`start-?up|company|firm|spin-?off|maker|manufacturer|developer|provider|supplier|consultancy|scale-?up|biotech|medtech|fund|investor|insurer|publisher|magazine|journal|newspaper|think[- ]tank|NGO|charity`;

/** A company's kinds only (not a person's job: "a software developer building …"). */
const COMPANY_KINDS = String.raw`start-?up|company|firm|spin-?off|scale-?up|biotech|medtech|consultancy|manufacturer`;

/** ", a Lisbon-based start-up": an indefinite apposition of a company's kind. */
const A_KIND =
  '(?:an?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:start-?up|company|firm|spin-?off|manufacturer|consultancy|scale-?up|biotech|medtech|think[- ]tank|NGO|charity|non-profit|nonprofit))';
/** ", the statistical office of …", ", the Slovenian medical device maker": a definite one. */
const THE_KIND =
  '(?:the\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,3}?(?:statistical\\s+office|regulator|regulatory\\s+agency|data\\s+protection\\s+authority|maker|manufacturer|start-?up|spin-?off|think[- ]tank))';
/** (the apposition ends, or a relative or a place follows it) */
const APPOSITION_END =
  '(?=\\s*(?:[,.;:)]|$)|\\s+(?:that|which|whose|based|from|in|with|of|for|founded|specialising|specializing)\\b)';
const DESCRIBED_AFTER = new RegExp(`^,\\s+(?:${A_KIND}|${THE_KIND})${APPOSITION_END}`, 'iu');
/**
 * ", a Lyon-based start-up building virtual control arms": the kind, then what it does (not "a
 * researcher at a biotech developing …": a person's post at one).
 */
const DESCRIBED_DOING = new RegExp(
  `^,\\s+(?:an?|the)\\s+(?:(?!(?:at|for|with|of|in|on|to|by|from|a|an|the)\\s)[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${COMPANY_KINDS})\\s+\\p{Ll}{3,}ing\\b`,
  'u',
);

/** (not a person: "Jonas Salk, the maker of the first polio vaccine") */
export const describedAfter = (after: string, name: string): boolean =>
  (DESCRIBED_AFTER.test(after) || DESCRIBED_DOING.test(after)) &&
  !(/^,\s+the\s/.test(after) && looksLikePerson(name));
