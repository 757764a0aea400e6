/**
 * "our group hosted the annual meeting of the Virtual Brain Twin consortium": a body's recurring
 * meeting, named as the text names it ("Annual meeting of the Virtual Brain Twin consortium").
 */
const RECURRING_MEETING_OF =
  /\bthe\s+((?:annual|yearly|general|plenary|biannual|bi-annual|spring|autumn|final|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:(?:general|consortium|project|plenary|partners['’]?)\s+)?(?:meeting|assembly|conference|review meeting)\s+of\s+the\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,4}\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:consortium|network|project|partnership|board|committee|society|association))?)\b/u;

export function recurringMeetingOf(sentence: string): string | undefined {
  const m = RECURRING_MEETING_OF.exec(sentence)?.[1];
  return m && m.charAt(0).toUpperCase() + m.slice(1);
}
