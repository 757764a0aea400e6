import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { namedOrg, orgMention } from './named-org.js';
import { escapeRegExp } from './regex-escape.js';
import { freeSpan, type Token } from './tokens.js';
import { ORG_HEADS } from './vocabulary.js';

/**
 * National parliaments' chambers by their own names: "Member of the Sejm", "Député, Assemblée
 * nationale", "Houses of the Oireachtas". No head word says they are bodies, so this list does: the
 * EU's and EEA's chambers as written at home (and in English where that names one chamber only,
 * not "House of Representatives", "Senate" or the Austrian and Swiss "Nationalrat"), each in its
 * country.
 */
const CHAMBERS: Readonly<Record<string, readonly string[]>> = {
  Austria: ['Österreichischer Nationalrat'],
  Belgium: ['Chambre des représentants', 'Kamer van volksvertegenwoordigers'],
  Bulgaria: ['Narodno sabranie', 'Narodno Sabranie'],
  Croatia: ['Hrvatski sabor', 'Croatian Parliament'],
  Czechia: ['Poslanecká sněmovna', 'Senát Parlamentu České republiky'],
  Denmark: ['Folketinget', 'Folketing'],
  Estonia: ['Riigikogu'],
  Finland: ['Eduskunta'],
  France: ['Assemblée nationale', 'Sénat français'],
  Germany: ['Deutscher Bundestag', 'Bundestag'],
  Hungary: ['Országgyűlés'],
  Iceland: ['Alþingi', 'Althingi'],
  Ireland: ['Houses of the Oireachtas', 'Oireachtas', 'Dáil Éireann', 'Seanad Éireann'],
  Italy: ['Camera dei deputati', 'Camera dei Deputati', 'Senato della Repubblica'],
  Latvia: ['Saeima'],
  Lithuania: ['Seimas'],
  Luxembourg: ['Chambre des députés', 'Chambre des Députés'],
  Netherlands: ['Tweede Kamer der Staten-Generaal', 'Tweede Kamer', 'Eerste Kamer'],
  Norway: ['Stortinget', 'Storting'],
  Poland: ['Sejm'],
  Portugal: ['Assembleia da República'],
  Romania: ['Camera Deputaților', 'Senatul României'],
  Slovakia: ['Národná rada Slovenskej republiky', 'Národná rada'],
  Slovenia: ['Državni zbor', 'Državni svet'],
  Spain: ['Congreso de los Diputados', 'Cortes Generales'],
  Sweden: ['Sveriges riksdag', 'Riksdagen', 'Riksdag'],
};

const COUNTRY_OF = new Map(
  Object.entries(CHAMBERS).flatMap(([country, names]) => names.map((n) => [n, country] as const)),
);
/** The longest first; not inside a longer word, nor before a capitalised word ("Bundestag Health Committee"). */
const CHAMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${[...COUNTRY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\p{L}\p{N}-]|[ \t]+\p{Lu}|[ \t]+(?:du|de|des|of|della|der)[ \t]+\p{Lu})`,
  'gu',
);

/** The chambers the text names, each a known organisation or a new institution in its country. */
export function parliamentMentions(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CHAMBER)) {
    const [name, start] = [m[0], m.index];
    const span = freeSpan(tokens, start, start + name.length, covered);
    // ("Health Committee of the Assembleia da República": the end of a body's name, read as one)
    const head = /(\p{L}+)[ \t]+of(?:[ \t]+the)?[ \t]+$/u.exec(text.slice(start - 40, start));
    // ("Comissão de Saúde da Assembleia da República", "… sociales de l'Assemblée nationale")
    const romance = /(?:^|[ \t])(?:da|de|do|della|del|de la)[ \t]+$|\bde l['’]$/.test(
      text.slice(start - 12, start),
    );
    if (!span || romance || (head && ORG_HEADS.has(head[1]!.toLowerCase()))) continue;
    const country = COUNTRY_OF.get(name)!;
    const why = `new organisation: ${country}'s parliament`;
    const entity = namedOrg(gaz, builder, name, why, name, { kind: 'INSTITUTION', country });
    out.push(orgMention(entity, span, start, start + name.length, covered));
  }
  return out;
}
