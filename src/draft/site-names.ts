import { CITIES } from './vocabulary.js';

/**
 * A site's, a publication's or an organisation's name as a page prints it over or beside its
 * title: "Brussels Digital Health Brief", "HEALTH POLICY QUARTERLY", "Faculty of Medicine",
 * "SANT". Not a headline ("EU agrees pharma package after talks": words in small letters), an
 * event ("Annual Pharmacy Forum", "Online info session") or a venue ("Centro de Congressos Lisbon").
 */
export function isSiteName(text: string): boolean {
  const name = text.trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 10 || /[.!?:;"“”]$/.test(name) || /\d/.test(name)) return false;
  const capitalised = words.every((w) => w.length < 4 || /^[\p{Lu}(]/u.test(w));
  if (!capitalised || NOT_A_SITE.test(name)) return false;
  return !CITIES.has(words.at(-1)!.toLowerCase()) || words.length === 1;
}

/** The words of events and venues. */
const NOT_A_SITE =
  /\b(?:forum|conference|summit|symposium|workshop|webinar|session|meeting|congress|hearing|ceremony|days?|week|festival|expo|centro|congressos|hall|palace|venue|online|virtual|hybrid|livestream|in person)\b/i;

/** "News", "Press releases", "Opinion": a section's label beside a site's name. */
export const isSectionLabel = (text: string): boolean =>
  /^\s*(?:(?:daily|weekly)\s+)?(?:news\w*|opinion|comment|blog|analysis|features?|interviews?|editorial|op-?ed|insights?|press(?:\s+releases?)?|newsletter|home|speech(?:es)?|statements?|(?:stock\s+exchange|company|investor)\s+(?:releases?|announcements?|news)|inside\s+information)\s*$/i.test(
    text,
  );
