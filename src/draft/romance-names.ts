import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { closeToKnown } from './name-checks.js';
import { orgKindOf } from './org-kind.js';
import { foldedWords, freeSpan, type Token } from './tokens.js';
import { REPORTING_VERBS, ROLE_WORDS, STOP_WORDS } from './vocabulary.js';

/**
 * French, Spanish, Catalan and Italian bodies write their names in sentence case: "Agence régionale
 * de santé Provence-Alpes-Côte d'Azur", "Institut national de la santé et de la recherche
 * médicale", "Comitè d'Ètica de la Investigació amb medicaments de l'Hospital Universitari Sant
 * Jordi". From such a head, the name runs over small words and names while a particle ("de",
 * "della", "amb") joins them, up to punctuation or an English word.
 */
const HEAD = String.raw`(?:Agence|Agencia|Agència|Agenzia|Autorité|Haute Autorité|Institut|Instituto|Istituto|Comité|Comitè|Comitato|Caisse|Direction|Dirección|Direcció|Servicio|Servei|Servizio|Conselleria|Consejería|Ministère|Ministerio|Ministero|Fondation|Fundación|Fundació|Fondazione|Conseil|Consell|Consejo|Consiglio|Azienda|Unité|Unidad|Unitat|Laboratoire|Observatoire|Observatorio|Assistance|Centre|Centro|Commission|Comisión|Commissione|Délégation|Université|Universidad|Università|Universitat|Hôpital|Hospital|Ospedale|Clinique|Clínica|Groupe|Grupo)`;
const PARTICLE =
  /^(?:de|du|des|del|della|dello|delle|dei|degli|di|per|pour|amb|et|e|y|i|la|le|les|el|il)$/;
/** The particles that show the name is not English ("beds per patient" is). */
const JOINING = /^(?:de|du|des|del|della|dello|delle|dei|degli|di|pour|amb)$/;
/** "d'Ètica", "l'Hospital", "d'innovation": a particle and a word in one. */
const ELIDED = /^[dl]['’]\p{L}/u;
/** The word's own first letter is small ("d'innovation" too, not "d'Azur"). */
const smallWord = (w: string): boolean => /^\p{Ll}/u.test(w.replace(/^[dl]['’](?=\p{L})/u, ''));
const HEAD_AT = new RegExp(String.raw`\b${HEAD}(?=[ \t])`, 'gu');
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}'’-]*)/u;

export function romanceOrgMentions(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(HEAD_AT)) {
    const name = nameFrom(text, m.index, m[0]);
    if (!name) continue;
    const span = freeSpan(tokens, m.index, m.index + name.length, covered);
    if (!span) continue;
    const { first, last: end } = span;
    const known = gaz.byName.get(foldedWords(name).join(' '))?.find((e) => e.label !== 'Person');
    const entity = known
      ? builder.refer(known, name)
      : builder.propose('Organisation', name, { kind: orgKindOf(name).kind });
    if (!entity.known && !entity.checks.length)
      entity.checks.push(...closeToKnown(name, gaz), 'new organisation (a name in sentence case)');
    for (let t = first; t < end; t++) covered.add(t);
    out.push({ entity, first, last: end, start: m.index, end: m.index + name.length });
  }
  return out;
}

/**
 * The name from its head: words in small letters right after the head or a particle ("régionale",
 * "medicaments"), particles, and capitalised words ("Provence-Alpes-Côte d'Azur"), up to an English
 * word or punctuation; undefined unless a particle joins its words and a word in small letters
 * follows the head (else it is a name in English, found as one).
 */
function nameFrom(text: string, at: number, head: string): string | undefined {
  const words = [head];
  let end = at + head.length;
  for (let m = NEXT_WORD.exec(text.slice(end)); m && words.length < 14;) {
    const word = m[1]!;
    const prev = words.at(-1)!;
    const small = smallWord(word);
    const afterFree = prev === head || PARTICLE.test(prev) || smallWord(prev);
    if (english(word) || (small && !PARTICLE.test(word) && !afterFree)) break;
    // ("Hospital spokeswoman Carla di Marco", "Centre director Jean-Luc de Villiers": a post, then
    // a person's name; a capital before the first particle opens no name in sentence case)
    if (!small && !ELIDED.test(word) && !words.slice(1).some((w) => PARTICLE.test(w))) break;
    words.push(word);
    end += m[0].length;
    m = NEXT_WORD.exec(text.slice(end));
  }
  while (
    words.length > 1 &&
    /^(?:de|du|des|del|della|di|per|pour|amb|et|e|y|i|la|le|les|el|il)$/.test(words.at(-1)!)
  )
    words.pop();
  const joined = words
    .slice(1)
    .some((w, k) => (JOINING.test(w) && k < words.length - 2) || ELIDED.test(w));
  const small =
    ELIDED.test(words[1] ?? '') || (smallWord(words[1] ?? '') && !PARTICLE.test(words[1]!));
  return joined && small && words.length >= 3 ? words.join(' ') : undefined;
}

const english = (word: string): boolean => {
  const w = word.toLowerCase();
  return (
    (STOP_WORDS.has(w) && !PARTICLE.test(w) && w !== 'a') ||
    // ("Institut staff", "Hospital managers", "Direction générale de la santé officials")
    ROLE_WORDS.has(w) ||
    ROLE_WORDS.has(w.replace(/s$/, '')) ||
    /^(?:staff|officials?|employees|workers|spokes\p{L}*|teams?|members)$/u.test(w) ||
    REPORTING_VERBS.has(w) ||
    /^\p{Ll}+(?:ed|ing)$/u.test(word)
  );
};
