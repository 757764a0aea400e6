import { COUNCIL_MEETING } from './vocabulary.js';

/**
 * "Health ministers meeting today in the Employment, Social Policy, Health and Consumer Affairs
 * Council": ministers meet in a Council configuration, whose name is the meeting's.
 */
const MINISTERS_IN_COUNCIL =
  /\b(?:ministers|delegations|leaders)\s+(?:meeting|met|meet)\s+(?:[\p{L}\d]+\s+){0,3}?(?:in|at)\s+the\s+(\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}-]*){0,10}\s+Council)\b/u;

/** "the meeting of the Employment, Social Policy, … Council": a configuration's (a list) meeting. */
const MEETING_OF_COUNCIL =
  /\b(?:meeting|session)\s+of\s+the\s+(\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}-]*){0,10}\s+Council)\b/u;

/** "at the EHDS Board meeting", "during the Network's plenary": capitalised words, then the noun. */
const BODY_MEETING =
  /\b(?:at|during)\s+(?:the|its|their)\s+((?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,4}(?:meeting|plenary|general assembly))\b/u;
/** "at the eHealth Network's high-level meeting": a body's meeting, named by the body's name. */
const BODY_S_MEETING =
  /\b(?:at|during)\s+the\s+((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,4})['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}(?:meeting|plenary|general assembly|annual conference|summit))\b(?!\s+(?:on|of)\b)/u;

/**
 * "present the report to the European Parliament's Committee on Public Health", "present a
 * state-of-play report to the EHDS Board": a work put before a body, at its meeting.
 */
const PRESENTED_TO =
  /(?<!\b(?:could|would|might|may|should|if)\s+)\bpresent(?:s|ed|ing)?\s+((?:the|its|a|an|her|his|their|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|roadmap|strategy|plan|findings|results|opinion|proposal|conclusions|recommendations|study))\s+to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Committee|Board|Council|Parliament|Assembly|Network|Working Party|Group)(?:\s+(?:on|of|for)(?:\s+\p{Lu}[\p{L}-]*|\s+and)+)?)/u;

/** "at the EPSCO Council", "during the informal Competitiveness Council": a configuration met. */
const CONFIGURATION_MEETING = new RegExp(String.raw`(${COUNCIL_MEETING})\b`);

/** "Employment, Social Policy, Health and Consumer Affairs Council (Health), 12 June 2026": a meeting's line. */
const COUNCIL_ON_DAY =
  /(?:^|\n)[ \t]*(?:(?!Photo|Source|Credit|Image)\p{Lu}[\p{L} ]{1,30}:[ \t]*)?(\p{Lu}[\p{L}-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)\p{Lu}[\p{L}-]*){0,10}[ \t]+Council(?:[ \t]+\(\p{Lu}[\p{L} -]*\))?),[ \t]+\d{1,2}(?:[–-]\d{1,2})?[ \t]+\p{L}+[ \t]+\d{4}[ \t]*(?:\n|$)/u;

/**
 * "our group hosted the annual meeting of the Virtual Brain Twin consortium": a body's recurring
 * meeting, named as the text names it ("Annual meeting of the Virtual Brain Twin consortium").
 */
const RECURRING_MEETING_OF =
  /\bthe\s+((?:annual|yearly|general|plenary|biannual|bi-annual|spring|autumn|final|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:(?:general|consortium|project|plenary|partners['’]?)\s+)?(?:meeting|assembly|conference|review meeting)\s+of\s+the\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,4}\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:consortium|network|project|partnership|board|committee|society|association))?)\b/u;

function recurringMeetingOf(sentence: string): string | undefined {
  const m = RECURRING_MEETING_OF.exec(sentence)?.[1];
  return m && m.charAt(0).toUpperCase() + m.slice(1);
}

/** A meeting named by who meets: a Council configuration, a body, or a body's recurring meeting. */
export function meetingNamed(sentence: string): string | undefined {
  const council =
    MINISTERS_IN_COUNCIL.exec(sentence)?.[1] ??
    [COUNCIL_ON_DAY.exec(sentence)?.[1], MEETING_OF_COUNCIL.exec(sentence)?.[1]].find(
      (c) => c !== undefined && /,|\sand\s|\(/.test(c),
    );
  if (council) return council;
  // ("at the EHDS Board meeting last month": a body's meeting, named by the body)
  const bodyMeeting = BODY_MEETING.exec(sentence)?.[1];
  if (bodyMeeting) return bodyMeeting;
  const bodys = BODY_S_MEETING.exec(sentence);
  if (bodys) return `${bodys[1]} ${bodys[2]}`;
  const recurring = recurringMeetingOf(sentence);
  if (recurring) return recurring;
  // ("will present the report to the European Parliament's Committee on Public Health on 25 March")
  const presented = PRESENTED_TO.exec(sentence);
  if (presented) return `Presentation of ${presented[1]} to the ${presented[2]}`;
  // ("at the EPSCO Council in Brussels on 5 December": a configuration's meeting, by its name)
  return CONFIGURATION_MEETING.exec(sentence)?.[1];
}
