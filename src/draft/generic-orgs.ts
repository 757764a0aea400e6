/* Names that are a part of an organisation or of a job title, never an organisation's own. */
import { countryOfCode } from './countries.js';

/** "(KU Leuven, BE)", "Novadyne A/S (DK)": a country's code in brackets, not an organisation. */
export const isCountryCode = (text: string, start: number, end: number): boolean =>
  countryOfCode(text.slice(start, end)) !== undefined &&
  /[(,]\s*$/.test(text.slice(Math.max(0, start - 3), start)) &&
  /^\s*\)/.test(text.slice(end, end + 2));

/**
 * One generic word is part of a job title ("Head of Unit at DG CONNECT"), never a name; nor is a
 * kind of body the law sets up ("its Health Data Access Body"; "Austrian Health Data Access Body" is one),
 * nor a function ("Head of Communications", "Director of Public Affairs"), nor the "State for
 * Health" of a "Secretary of State for Health", nor a page's or a table's heading about a body
 * ("Committee Members", "Committee Secretariat", "Role on Committee").
 */
export const GENERIC_ORG =
  /^(?:(?:Scientific|Advisory|Executive|Supervisory|Management|Steering|Governing|Ethics|Editorial)\s+){1,2}(?:Council|Board|Committee|Team|Group)$|(?:^|\s)(?:Advisory|Steering|Supervisory|Monitoring|Ethics|Editorial)\s+(?:Council|Board|Committee|Group)$|^(?:(?:Scientific|Local|International|Technical)\s+)?(?:Programme|Program|Organi[sz]ing|Review|Selection|Award|Prize|Elections?|Nominations?)\s+Committee$|(?:^|\s)Organi[sz]ing\s+Committee$|^(?:Unit|Sector|Department|Division|Cabinet|Directorate|Office|Team|Lab|Board)$|^(?:Press|Media|Communications?)\s+(?:Office|Team|Unit|Desk)$|^(?:Service|Help|IT)\s+Desk$|^(?:Patient|Patients['’]?|Client|Works|Staff|Nursing)\s+Council$|^(?:Working|Expert|Study|Focus|Project|Research)\s+(?:Group|Team)$|^(?:(?:Regional|National|Federal|Local|Central|State|Provincial|Municipal|City)\s+)?Government$|^(?:BSc|MSc|PhD|MD|MBA|MPhil|DPhil|LLM|MPH|BA|MA|Home)$|^(?:(?:National|Regional)\s+)?(?:Health\s+)?Data\s+Access\s+Bod(?:y|ies)$|^State(?:\s+for\s+[A-Z][\w ,&-]*)?$|^(?:Communications?|Marketing|Finance|Operations|Sales|Press|Partnerships|Strategy|Fundraising|Business\s+Development|Human\s+Resources|Media\s+Relations|(?:Public|Corporate|Government|Regulatory|Medical|Legal|European|EU)\s+Affairs)$|^(?:Notified|Governing|Competent|Student|Professional|Advisory|Coordinating|Supervisory|Regulatory)\s+Bod(?:y|ies)$|^(?:Committee|Board|Council)\s+(?:Members|Membership|Secretariat|Meetings?|Candidates|Elections?|Nominations?)$|^(?:Role|Position|Seat)\s+(?:on|in)\s+(?:the\s+)?(?:Committee|Board|Council)$/;
/**
 * A body named by generic words only, whoever's it is: "Steering Committee", "External Advisory
 * Board", "Independent Scientific and Ethics Advisory Board" (not "ERA-TWINS Call Steering
 * Committee", which says whose).
 */
export const GENERIC_BODY =
  /^(?:(?:External|Internal|Independent|Scientific|Advisory|Executive|Supervisory|Management|Steering|Governing|Ethics|Editorial|Technical|Strategic|Stakeholder|International|Joint|Project|and|&)\s+)+(?:Council|Board|Committee|Team|Group)$/;

/** Who sits on a board: "Board of Directors", "Board of Trustees" name no organisation. */
export const BOARD_MEMBERS = /^(?:Directors|Governors|Trustees|Management|Regents|Auditors)$/;
/** A body inside an organisation, named by it: "the Executive Board of X" is part of X's title. */
export const GENERIC_HEAD = /^(?:Board|Cabinet|Team|Sector|Division)$/;
/**
 * "Professor of Computational Neuroscience", "Researcher in Health Economics": after an academic
 * title, "of" (a professor's) or "in" names a field, not an organisation ("chair of Novo Nordisk"
 * is; a name with a head word is always one).
 */
const FIELD_AFTER_TITLE =
  /\b(?:(?:professor|lecturer|reader)\s+(?:of|in)|(?:researcher|scientist|fellow|chair|student|postdoc|specialist|expert)\s+in)\s+$/i;

/** The words before `start` end with an academic title and "of" or "in" (see FIELD_AFTER_TITLE). */
export const afterAcademicTitle = (text: string, start: number): boolean =>
  FIELD_AFTER_TITLE.test(text.slice(Math.max(0, start - 30), start));
