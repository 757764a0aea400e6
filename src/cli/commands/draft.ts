import { draftFile, type DraftFileOptions } from '../../app/draft-article.js';
import type { Config } from '../../config/config.js';
import { print, say } from '../output.js';

/** `policy-graph draft <text-file>`: a proposed seed file, to stdout or --out; a summary on stderr. */
export async function draftCommand(
  config: Config,
  file: string,
  opts: DraftFileOptions,
): Promise<void> {
  const d = await draftFile(config, file, opts);
  if (!d.written) process.stdout.write(d.yaml);
  const c = d.counts;
  say(`Drafted against ${d.against}.`);
  const summary =
    `${c.known} known entities, ${c.newPeople} new people, ${c.newOrganisations} new organisations, ` +
    `${c.events === 0 ? 'no event' : c.events === 1 ? 'an event' : `${c.events} events`}, ${c.statements} quotes, ${c.relationships} relationships, ` +
    `${c.checks} checks for the curator (${Math.round(d.ms)} ms)`;
  if (d.written) print(`${d.written}: ${summary}\nNext: npx policy-graph validate ${d.written}`);
  else say(summary);
}
