/** Runs of capitalised words that look like an organisation's name and are not one. */
import { inTabBar, isBreadcrumbs, onTopicLine } from './page-labels.js';
import { titleCase } from './dateline.js';
import type { Gazetteer } from './gazetteer.js';
import { GENERIC_ORG } from './generic-orgs.js';
import type { NameRun } from './name-runs.js';
import { isDemonym, LEXICON } from './person-cues.js';
import { ACT_KINDS } from './numbered-acts.js';
import { isPlaceName } from './places.js';
import { fieldWords } from './portfolios.js';
import type { Token } from './tokens.js';
import { COUNCIL_NAME, ORG_HEADS } from './vocabulary.js';
import { lineAt } from './text-lines.js';

const SERVICE_BODY =
  /\b(?:Health|Public|National|Federal|Social|Civil|Data|Access|Statistical|Information|Care|Regional|Medical|Emergency|Ambulance|Press|Relations|Communications?|Legal|Research|Diplomatic|Employment|Library|Shared|Foreign|Action|Audit|Translation|Interpretation|Procurement)\s+Service$/;

const COMPANY_FUNCTION =
  /^(?:Investor|Public|Media|Press|Government|Regulatory|Medical|Corporate|Scientific|Clinical|External|Industry)\s+(?:Relations|Affairs|Communications?)$|^(?:Human\s+Resources|Business\s+Development)$/;
const MET_AT = /\b(?:at|during)\s+(?:the\s+)?(?:informal\s+)?$/;
const PLURAL_HEAD =
  /\s(?:Centres|Centers|Hubs|Agencies|Authorities|Bodies|Institutes|Networks|Universities|Hospitals|Clinics|Laboratories|Labs)$/;
const COUNTED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|some|all|new|national|regional|network of|between)\s+(?:the\s+)?$/i;

/**
 * An image's alt text on its own line: "KU Leuven logo", "Logo Alma Mater Studiorum – Università
 * di Bologna" (names' words only, not "… unveils new logo").
 */
const NAME_WORD = String.raw`(?:[\p{Lu}\d][^\s]*|de|di|du|da|del|der|van|von|of|for|and|the|[–&-])`;
/** A product's field on a fact box's line: "Product⇥Lumora Clinical Data Hub (FHIR R4)". */
const PRODUCT_FIELD =
  /(?:^|\n)[ \t]*(?:Products?|Software|Solution|Tool)[ \t]*(?::|\t|[ \t]{2,})[ \t]*/g;

/**
 * The text gives the name as a product's ("Product  Lumora Clinical Data Hub"), or its last words
 * ("its Clinical Data Hub"): no body.
 */
const namesProduct = (text: string, name: string): boolean =>
  productValues(text).some((value) => {
    // (a brand's word before it, "Lumora Clinical Data Hub"; not "Connector for the French Health
    // Data Hub", a product for a body)
    const brand = value.slice(0, value.length - name.length).trim();
    return value === name || (value.endsWith(` ${name}`) && /^\p{Lu}[\p{L}\d-]*$/u.test(brand));
  });

/** The text's product fields' values, read once per text (asked for each candidate run). */
let products: { text: string; values: string[] } | undefined;
function productValues(text: string): string[] {
  if (products?.text !== text) {
    const values = [...text.matchAll(PRODUCT_FIELD)].map((m) =>
      /^[^\n(]*/.exec(text.slice(m.index + m[0].length))![0].trim(),
    );
    products = { text, values };
  }
  return products.values;
}

const LOGO_LINE = new RegExp(
  String.raw`^[ \t]*(?:[Ll]ogo[ \t:]+${NAME_WORD}(?:[ \t]+${NAME_WORD})*|${NAME_WORD}(?:[ \t]+${NAME_WORD})*[ \t]+logo)[ \t]*$`,
  'u',
);

export function notAnOrgRun(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  gaz: Gazetteer,
): boolean {
  return (
    GENERIC_ORG.test(titleCase(run.text)) || // ("SCIENTIFIC COMMITTEE": a heading in capitals)
    // ("4173rd Council meeting": a body's numbered meeting; not "1st Faculty of Medicine")
    (/^\d+(?:st|nd|rd|th)\s/.test(run.text) && /^\s+meeting\b/i.test(text.slice(run.end))) ||
    // ("at the French drugmaker": a nationality, no organisation)
    (run.last - run.first === 1 && isDemonym(run.text)) ||
    // "Unit 4 of the course", "Unit Costs", "Head of Unit Maria Rossi" (named units are found
    // before: by code, in quotes or by their subject's words)
    /^Unit\s+(?!for\b|of\b)/.test(run.text) ||
    // ("Head of Department Maria Rossi", "Department Seminar Series": a department is "of" a field)
    /^Department\s+(?!for\b|of\b)/.test(run.text) ||
    // "(MedTwin Solutions GmbH, Vienna)", "a founder from Brno": a place, not an organisation
    (run.last - run.first === 1 && isPlaceName(tokens[run.first]!.fold, gaz)) ||
    // ("Clinic 2026" of "Virtual Twins in the Clinic 2026", "ELECTED BOARD 2025-2028": a term)
    /\s(?:19|20)\d\d(?:[–—/-](?:19|20)?\d\d)?$/.test(run.text) ||
    // ("Register of Commission expert groups": an institution's name used as a word)
    /\sof\s+(?:Commission|Council|Parliament)$/.test(run.text) ||
    // ("Cluster 1 Info Day", "Presidency Conclusions", a heading's "COMMITTEE DEBATE": an event's
    // or a paper's name, though a head word opens it; "CARDIOTWIN-HF Consortium Agreement")
    /\s(?:Day|Days|Conference|Summit|Workshop|Webinar|Symposium|Congress|Hackathon|Week|Conclusions|Minutes|Agenda|Seminar|Seminars|Series|Lecture|Lectures|Colloquium|Agreement|Charter|Declaration|Manifesto|Roadmap|Memorandum)$/.test(
      titleCase(run.text),
    ) ||
    (run.text === run.text.toUpperCase() && /\s(?:DEBATE|HEARING)$/.test(run.text)) ||
    // ("3rd MC Meeting & Working Group Meeting": a meeting's name; not a body for or of meetings,
    // "Council for the Lindau Nobel Laureate Meetings", "Committee of the ESHRE Annual Meeting";
    // nor a pledge's, "Solemn Undertaking", without "Joint")
    (/\s(?:Meetings?)$/.test(titleCase(run.text)) && !/\s(?:for|of)\s/.test(run.text)) ||
    (/\sUndertaking$/.test(run.text) && !/\sJoint\sUndertaking$/.test(run.text)) ||
    // ("a network of at least eight European Health AI Validation Centres": a kind of body,
    // counted, not one organisation)
    (PLURAL_HEAD.test(run.text) &&
      COUNTED.test(text.slice(Math.max(0, run.start - 30), run.start))) ||
    // ("at the EPSCO Council in Brussels on 5 December": a Council configuration's meeting)
    (COUNCIL_NAME.test(run.text) &&
      MET_AT.test(text.slice(Math.max(0, run.start - 25), run.start))) ||
    // ("Dr X (Type A member, appointed in a personal capacity)": an expert group's member type)
    /^Type\s+[A-E]\s+members?\b/.test(text.slice(run.start, run.start + 20)) ||
    // ("Government Notices ........ 18,611 - 18,640": a table of contents' entry and its pages)
    CONTENTS_LINE.test(lineAt(text, run.start)) ||
    // ("the Hospital Digital Twin & EHDS Readiness Survey 2025": the first words of a paper's title)
    SURVEY_AFTER.test(text.slice(run.end, run.end + 80)) ||
    // ("Government Resolution No. 318", "RESOLUTION No. AS-7/2025", "Nr. AS-7/2025", "Government
    // Notice No. 1,512": an act or a notice cited by its number)
    NUMBERED.test(run.text) ||
    (CITED_KIND_LAST.test(run.text) &&
      /^\s+(?:No|Nr|Nru)\.?\s*(?:\p{Lu}{1,4}-)?\d/u.test(text.slice(run.end, run.end + 12))) ||
    // ("6. Asks the Council of the Chamber to …": a resolution's verb opens the run)
    (/^\p{Lu}\p{Ll}+s\s+the\s/u.test(run.text) &&
      VERB_FORM.test(String(LEXICON[tokens[run.first]!.fold]))) ||
    (run.last - run.first === 1 && ORG_HEADS.has(tokens[run.first]!.fold)) ||
    // ("the new Patient Summary Service", "the ePrescription Service": a digital service; "Madrid
    // Health Service", "Data Access Service", "Federal Public Service Health" are bodies)
    (/\sService$/.test(run.text) && !SERVICE_BODY.test(run.text)) ||
    onTopicLine(text, run.start) ||
    // ("Press Centre › Press Releases › 2026": a site's sections, on the path to the page; a
    // government's site has its ministries there, "Home › Government › Ministry of Health")
    (isBreadcrumbs(lineAt(text, run.start)) && !/^(?:Federal\s+)?Minist/.test(run.text)) ||
    namesProduct(text, run.text) ||
    // ("SANTE-EHEALTH-NETWORK@ec.europa.eu": an address's mailbox)
    /^[\w.+-]*@/.test(text.slice(run.end, run.end + 40)) ||
    // ("Platform   Solutions   Customers   Company   Contact": a site's menu's one-word items; five
    // items at least, not a table's row, "Dr Hanna Virtanen⇥Coordinator⇥Sitra")
    (run.last - run.first === 1 && inTabBar(text, run.start, 5)) ||
    // ("KU Leuven logo", "Logo Alma Mater Studiorum – …": an image's alt text on its own line)
    LOGO_LINE.test(lineAt(text, run.start)) ||
    // ("Nina Žagar · Marco Viceconti (Eds.)": the editors of a book)
    (/^(?:Eds?|Hrsg)$/.test(run.text) && text[run.end] === '.') ||
    // ("Head of Investor Relations": a company's function, no body of its own)
    COMPANY_FUNCTION.test(run.text) ||
    // ("registered charity CHY 10483", "HRB 271334": a register's number, no name)
    /^\p{Lu}{2,6}\s+\d{3,}$/u.test(run.text) ||
    // ("– J. Horáček (PDF, 0.8 MB)": a file's type, no body)
    /^(?:PDF|DOCX?|PPTX?|XLSX?|ODT|ZIP|CSV|MP[34]|HTML?)$/.test(run.text) ||
    // ("International Summer School on Computational Medicine": a week of lectures, no body)
    /\b(?:Summer|Winter|Spring|Autumn)\s+School\b/.test(titleCase(run.text)) ||
    // ("Informal Meeting of Health Ministers": who meets, people in the plural, no body)
    /^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Ministers|Officers|Officials|Delegates|Representatives)$/u.test(
      run.text,
    ) ||
    // ("Directors and Heads of Unit of DG CNECT": posts in the plural, no body)
    /^(?:Deputy\s+)?Heads\s+of\s+(?:Units?|Departments?|Divisions?|Sectors?|Cabinets?|Delegations?)$/.test(
      run.text,
    ) ||
    // ("Conference Call Participants", "Programme Committee Chairs": a list's heading, on its own
    // line; not "Dr Anna Berg of Kingsley Analysts")
    (/^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Participants|Attendees|Panell?ists|Analysts|Executives|Chairs|Co-Chairs|Members|Editors|Reviewers|Speakers)$/u.test(
      run.text,
    ) &&
      lineAt(text, run.start).trim().replace(/:$/, '') === run.text) ||
    // ("Commissioner for Startups, Research and Innovation": the rest of a title's portfolio;
    // unless a body's name elsewhere ends so: "Ministry of Health, Welfare and Sport")
    (fieldWords(run.text) &&
      PORTFOLIO_BEFORE.test(text.slice(Math.max(0, run.start - 80), run.start)) &&
      text.indexOf(run.text) === text.lastIndexOf(run.text))
  );
}

/** Acts and notices cited by their number: the acts' kinds, and a notice's, an order's … */
const CITED_KINDS = String.raw`${ACT_KINDS}|Notice|Order|Decision|Regulation|Directive`;

/** A dot leader, then page numbers: "Government Notices ........ 18,611 - 18,640". */
const CONTENTS_LINE = /\.{5,}[ \t]*\d[\d,. \t–-]*$/;

/** " & EHDS Readiness Survey": an ampersand, then the rest of a survey's or a report's title. */
const SURVEY_AFTER =
  /^ & (?:\p{Lu}[\p{L}\d-]*\s+){1,4}(?:Survey|Report|Index|Barometer|Monitor|Scoreboard|Study)\b/u;

/**
 * An act's or a notice's number: "RESOLUTION No. AS-7/2025", "Nr. AS-7/2025", "Government Notice
 * No. 1"; not a numbered body's, "Szpital Kliniczny Nr 4", "City Clinical Hospital No. 7".
 */
const NUMBERED = new RegExp(
  String.raw`(?:^|(?:^|\s)(?:${CITED_KINDS})\s+)(?:No|Nr|Nru|Nº)\.?\s*(?:\p{Lu}{1,4}-)?\d`,
  'iu',
);
/** A run that ends with an act's or a notice's kind, before its number ("Government Resolution"). */
const CITED_KIND_LAST = new RegExp(String.raw`(?:^|\s)(?:${CITED_KINDS})$`, 'i');
/** compromise's tags of a verb's -s form ("asks", "encourages"): none of a name's first word. */
const VERB_FORM = /^(?:Plural|PresentTense)$/;

const PORTFOLIO_BEFORE = /\b(?:for|of)\s+(?:\p{Lu}[\p{L}-]*,?\s+){1,4}$/u;
