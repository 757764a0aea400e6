/** An organisation's name in the text: capitalised words and what joins them. */
import {
  isEnglishFormWritten,
  formAfterComma,
  isFormWritten,
  isLegalForm,
  isSmallForm,
  withLegalForm,
} from './legal-forms.js';
import {
  ARTICLE,
  capWord,
  ELIDED,
  dashedPart,
  gap,
  headAhead,
  joinsName,
  opensInnerName,
  secondName,
  titleAfter,
  UNIT_HEAD,
} from './name-joins.js';
import { countryNamed } from './countries.js';
import { isPlainWord } from './person-cues.js';
import { fieldWords, listThenHeadEnd, portfolioEnd } from './portfolios.js';
import { withGenericCity } from './generic-city-names.js';
import { runOf, type NameRun } from './name-runs.js';
import { opensOrg } from './org-run-start.js';
import { tokenAt, type Token } from './tokens.js';
import { wholeCell } from './table-cells.js';
import {
  headInRun,
  isCapsVerb,
  nameTail,
  ownsAnother,
  saintly,
  slashed,
  subjectWord,
} from './name-extents.js';
import {
  CITIES,
  COUNTRIES,
  ORG_CONNECTORS,
  ORG_HEADS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/**
 * An organisation's name starting at token `i`: capitalised words and the connectors between them
 * ("University of Bologna", "Dassault Systèmes"); undefined for places, stop words and persons.
 */
export function orgRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  covered: ReadonlySet<number>,
): NameRun | undefined {
  if (!opensOrg(text, tokens, i, covered)) return undefined;
  let j = i + 1;
  let dotted = false;
  let listed = false; // (a portfolio makes a name longer than others: "… of Labour, Health, Care and …")
  while (j < tokens.length && !covered.has(j)) {
    if (j - i > 14) return undefined; // longer than any name: stop scanning (no quadratic work)
    const t = tokens[j]!;
    const between = gap(text, tokens[j - 1]!, t);
    // "Clinique Universitaire du Val-d'Arve", "Ospedale dell'Angelo": an elided article
    const next = tokens[j + 1];
    if (
      /^(?: |-)$/.test(between) &&
      ELIDED.test(t.raw) &&
      next?.cap &&
      /^['’]$/.test(gap(text, t, next))
    ) {
      j += 2;
      continue;
    }
    // "Gémeo Cardio, S.A.": a legal form after a comma ends the name
    const portfolio =
      between === ', '
        ? (portfolioEnd(text, tokens, i, j) ??
          (j === i + 1 ? listThenHeadEnd(text, tokens, i) : undefined))
        : undefined;
    if (portfolio !== undefined) {
      listed = true;
      j = portfolio;
      break;
    }
    const commaForm = between === ', ' && j - i >= 2 ? withLegalForm(text, tokens, j) : undefined;
    if (commaForm && commaForm.end > j) {
      dotted = commaForm.dotted;
      j = commaForm.end;
      break;
    }
    const formWord = between === ', ' ? formAfterComma(text, tokens, j) : undefined;
    if (formWord) {
      dotted = text[tokens[formWord - 1]!.end] === '.';
      j = formWord;
      break;
    }
    // "Vlaams Innovatie- en Gezondheidsfonds": a word cut before "en", "und", "and"
    const suspended = between === '- ' && /^(?:en|und|and|et|e|i|y|og|och)$/.test(t.raw);
    if (
      dashedPart(text, tokens, i, j, between) ||
      slashed(tokens[j - 1]!, t, between) ||
      saintly(tokens, i, j, between)
    ) {
      j++; // "Charité – Universitätsmedizin Berlin": one name in two parts
      continue;
    }
    // ("Rhine–Meuse University": a dash with no space joins two words of one name)
    if (!suspended && !/^(?: |-|–|&| & |\. |\.|['’] )$/.test(between)) break;
    // "… Centre. Around 60", "… Media SRL. All rights": a full stop (a word in capitals needs no dot)
    // (a head of three letters ends a sentence too: "… Computational Science Lab. Some 350")
    if (
      between === '. ' &&
      (tokens[j - 1]!.raw.length > 3 ||
        /^\p{Lu}{2,}$/u.test(tokens[j - 1]!.raw) ||
        UNIT_HEAD.test(tokens[j - 1]!.raw) ||
        // ("… TwinCare ApS. Places are capped"; not "GmbH & Co. KG")
        (isLegalForm(tokens[j - 1]!.fold) && !isLegalForm(t.fold)))
    )
      break;
    if (isCapsVerb(t)) break;
    // ("Pieter Vandenberghe and Dr. Ana Sofia Rebelo of …": a person's title ends a name)
    // (not "Hospital Universitario Dr. Peset", "University of Notre Dame")
    if (PERSONAL_TITLES.has(t.fold) && tokens[j - 1]!.raw === 'and') break;
    // "European Commission Executive Vice-President"; not "Nordhealth Policy Institute"
    // ("Directorate-General", "Health Service Executive": a role's word inside a name)
    // ("College of General Practitioners", "General Hospital": "General" before no role word)
    const after = tokens[j + 1];
    const dg =
      // (also "Subdirectorate-General for Digital Health")
      (t.fold === 'general' && /directorate$/.test(tokens[j - 1]!.fold)) ||
      (t.raw === 'Executive' && tokens[j - 1]!.raw === 'Service') ||
      (t.raw === 'General' &&
        !!after?.cap &&
        !ROLE_WORDS.has(after.fold) &&
        gap(text, t, after) === ' ');
    // ("European Ombudsman Teresa Anjinho": an office named by its holder's title ends there)
    if (ROLE_WORDS.has(t.fold) && ORG_HEADS.has(t.fold) && j > i && between === ' ') {
      j++;
      break;
    }
    if (ROLE_WORDS.has(t.fold) && !dg && !headAhead(text, tokens, j) && !subjectWord(tokens, i, j))
      break;
    const legal = withLegalForm(text, tokens, j);
    if (legal.end > j) {
      dotted = legal.dotted;
      j = legal.end;
      break;
    }
    // (not after an acronym: "EPDHF aisbl" is EPDHF)
    const small = between === ' ' && isSmallForm(t) && !/^\p{Lu}+$/u.test(tokens[j - 1]!.raw);
    if (isEnglishFormWritten(text, tokens, j) || small) {
      j++; // "Nordvik Insight AS", not "TWINS AS A SERVICE"
      break;
    }
    if (between === '.') break;
    if (j - 1 > i && !t.cap && isLegalForm(tokens[j - 1]!.fold) && isFormWritten(tokens[j - 1]!))
      break; // "Kestrel Biosim GmbH and Nordvik Insight AB": a legal form ends a name
    // ("Fondazione Policlinico Universitario A. Gemelli IRCCS": an initial inside a name)
    const initial = /^\p{Lu}$/u.test(t.raw) && text[t.end] === '.' && !!tokens[j + 1]?.cap;
    // ("German Association of Health IT Vendors": "IT" in capitals inside a name in small letters)
    const caps =
      /^\p{Lu}{2,}$/u.test(t.raw) &&
      !/^\p{Lu}+$/u.test(tokens[j - 1]!.raw) &&
      tokens[j + 1]?.cap === true &&
      !STOP_WORDS.has(tokens[j + 1]!.fold);
    if (t.cap && (!STOP_WORDS.has(t.fold) || initial || caps || opensInnerName(tokens, j))) j++;
    // ("the Computational Cardiology Lab of Charité – Universitätsmedizin Berlin": a unit, then
    // the organisation it belongs to, named with a head of its own)
    else if (t.raw === 'of' && UNIT_HEAD.test(tokens[j - 1]!.raw) && headInRun(text, tokens, j + 1))
      break;
    else if (
      joinsName(tokens, j) &&
      // (Polish "im." before a patron's name, not German "im Oktober")
      (t.raw !== 'im' || text[t.end] === '.') &&
      // (Romanian "și" between two fields, "Medicină și Farmacie"; not before another body of
      // several words, "… Publică şi Spitalul Clinic Colentina")
      !(/^(?:și|şi)$/.test(t.raw) && severalWordsAfter(text, tokens, j)) &&
      // ("one Hub per Region"; "per la Salut", "per a la" before an acronym)
      (t.raw !== 'per' || ARTICLE.test(tokens[j + 1]?.raw ?? '')) &&
      // ("Fundació Dades per la Salut", "Universidad de la Rioja": a connector, an article, a name)
      (tokens[j + 1]?.cap || (ARTICLE.test(tokens[j + 1]?.raw ?? '') && tokens[j + 2]?.cap)) &&
      /^\p{L}/u.test(tokens[j + 1]!.raw) && // "the Commission on 9 April": a date, not a name
      // ("Siemens and Philips Foundation" are two; "Modelling and Simulation Office" is one)
      !(
        t.raw === 'and' &&
        j - i < 2 &&
        // ("eHealth and Health Data Policy Unit": a field's word, like "Modelling")
        !(
          // ("Health and Welfare Information Systems Centre": a field's word)
          (isPlainWord(tokens[i]!.raw) ||
            fieldWords(tokens[i]!.raw) ||
            /^[a-z]\p{Lu}\p{Ll}/u.test(tokens[i]!.raw)) &&
          headAhead(text, tokens, j + 1)
        )
      ) &&
      !(t.raw === 'and' && secondName(text, tokens, i, j)) &&
      !(t.raw === 'of' && teamOf(text, tokens, i, j)) &&
      !(t.raw === 'and' && titleAfter(tokens, j + 1)) // "Group and Scientific Director of …"
    )
      j++;
    // "Ministry of Health of the Republic of Croatia", "Committee of the Regions" (not "Dr X of
    // the Universidade do Porto": a person, then where they work; not "Unitat … of the Institut
    // Català …": a unit, then its parent)
    else if (
      t.raw === 'of' &&
      tokens[j + 1]?.raw === 'the' &&
      capWord(tokens[j + 2]) &&
      !PERSONAL_TITLES.has(tokens[i - 1]?.fold ?? '') &&
      !ownsAnother(tokens, j + 2)
    )
      j += 2;
    else break;
  }
  while (j > i && ORG_CONNECTORS.has(tokens[j - 1]!.raw)) j--;
  // "Hospital de Santa Clara in Lisbon" (not a table's whole cell, "Royal College of Surgeons in
  // Ireland⇥IE": the cell is the name)
  if (
    j - i >= 3 &&
    tokens[j - 2]!.raw === 'in' &&
    !wholeCell(text, tokens[i]!.start, tokens[j - 1]!.end)
  )
    j -= 2;
  // "the European Parliament in Brussels on AI": a name ends before "in <city>"
  const inCity = tokens
    .slice(i + 1, j - 1)
    .findIndex((t, k) => t.raw === 'in' && CITIES.has(tokens[i + 2 + k]!.fold));
  if (inCity >= 0) j = i + 1 + inCity;
  j = withGenericCity(text, tokens, i, j);
  // ("during Poland's Council Presidency", "under the Danish Presidency": a term of office)
  const before = text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start);
  // ("under the Polish Council presidency": the same, its last word in small letters)
  const term = tokens[j - 1]?.fold === 'presidency' || tokens[j]?.raw === 'presidency';
  if (term && /\b(?:during|under)\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?$/u.test(before)) return undefined;
  const core = j; // (the name's own words: "to the EU" adds none to its length)
  const tail = nameTail(text, text.slice(tokens[i]!.start, tokens[j - 1]!.end), tokens[j - 1]!.end);
  if (tail) j = tokenAt(tokens, tokens[j - 1]!.end + tail);
  const found = runOf(text, tokens, i, j);
  // (the closing quotation mark of a patron's name, the full stop of "S.A.": no token of their own)
  const closed = dotted || (tail > 0 && /["”]/.test(text[found.end] ?? ''));
  const run = closed
    ? { ...found, end: found.end + 1, text: text.slice(found.start, found.end + 1) }
    : found;
  const folded = tokens
    .slice(i, j)
    .map((t) => t.fold)
    .join(' ');
  // ("of the Republic of Cyprus": a country, not an organisation)
  // (at most eight words in capitals: "Expert Group on Virtual Human Twins and Health Data")
  const capitals = tokens.slice(i, core).filter((t) => t.cap).length;
  // (more than eight words only after a head and "on"/"of"/"for": not a headline in Title Case,
  // "University Medical Center Utrecht Launches Centre for Digital Health and …")
  const aboutHead = [i, i + 1, i + 2].some(
    (k) => ORG_HEADS.has(tokens[k]?.fold ?? '') && /^(?:of|on|for)$/.test(tokens[k + 1]?.raw ?? ''),
  );
  if (core - i > 8 && !listed && !aboutHead) return undefined;
  if (
    COUNTRIES.has(folded) ||
    countryNamed(folded) ||
    core - i > (listed ? 14 : 11) ||
    capitals > 8
  )
    return undefined;
  return run;
}

/**
 * "the student team TwinKids of Graz University of Technology": a team's name, then the
 * organisation it belongs to (a name with its own head after "of"), not one name.
 */
function teamOf(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  const before = text.slice(Math.max(0, tokens[i]!.start - 24), tokens[i]!.start);
  return (
    /\b(?:team|group|squad|start-?up|spin-?off|band|club)\s+$/i.test(before) &&
    !tokens.slice(i, j).some((t) => ORG_HEADS.has(t.fold)) &&
    ownsAnother(tokens, j + 1)
  );
}

/** Two capitalised words or more after token j: "şi Spitalul Clinic", "și Casa Națională". */
const severalWordsAfter = (text: string, tokens: readonly Token[], j: number): boolean =>
  tokens[j + 2]?.cap === true && text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start) === ' ';
