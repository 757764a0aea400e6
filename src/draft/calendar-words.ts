/**
 * The calendar's words as regex sources (alternations, no flags needed): the one place months and
 * weekdays are spelled, for the patterns that must not read "on March" or "12 January" as a name,
 * a title's subject or a count.
 */
export const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "Jan" … "Dec" and "Sept", as a count's unit would never be. */
export const MONTH_ABBREVIATIONS = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`;
export const WEEKDAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A weekday or a month: what follows "on"/"in" when a date, not a name, comes next. */
export const DAY_WORDS = String.raw`(?:${WEEKDAYS}|${MONTHS})`;
