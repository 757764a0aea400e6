import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { JUDGEMENTS_FILE } from '../../import/ec-meetings/files.js';
import { judgeSuggestion, pendingSuggestions } from '../../import/ec-meetings/review.js';
import { print } from '../output.js';
import { withDatabase } from '../with-database.js';

export interface ReviewOptions {
  limit: number;
  accept?: string;
  reject?: string;
  reason?: string;
  who?: string;
  judgements?: string;
}

/** `policy-graph review`: the pending suggestions; --accept/--reject ID records a judgement. */
export async function reviewCommand(config: Config, opts: ReviewOptions): Promise<void> {
  const judgements = opts.judgements ? resolve(opts.judgements) : JUDGEMENTS_FILE;

  const id = opts.accept ?? opts.reject;
  if (id && (!opts.reason || !opts.who))
    throw new Error('--accept/--reject need --reason and --who (they are kept with the judgement)');
  await withDatabase(config, async (driver, connection) => {
    if (id) {
      const j = await judgeSuggestion(driver, connection.database, {
        id,
        same: Boolean(opts.accept),
        reason: opts.reason!,
        who: opts.who!,
        path: judgements,
      });
      print(
        j
          ? `recorded: '${j.a}' ${j.judgement} '${j.b}' → ${judgements}; applied by the next import`
          : `no suggestion ${id}`,
      );
      if (!j) process.exitCode = 1;
      return;
    }
    const list = await pendingSuggestions(driver, connection.database, opts.limit);
    if (!list.length) print('no suggestions waiting for review');
    for (const s of list)
      print(
        `${s.id}  ${s.reason} ${s.score.toFixed(2)}\n  ${s.leftName}  ~  ${s.rightName}\n  ${s.evidence}`,
      );
  });
}
