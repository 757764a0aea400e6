import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { exportFormats, weightedViews, type ExportRequest } from './types.js';

export const maxExportDepth = 6;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-10-21')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(s).toISOString().startsWith(s),
    {
      message: 'is not a calendar date',
    },
  );

const schema = z.object({
  format: z.enum(exportFormats, { message: `must be one of ${exportFormats.join(', ')}` }),
  around: z.string().min(1).max(200).optional(),
  depth: z.coerce.number().int().min(0).max(maxExportDepth).optional(),
  asOf: isoDate.optional(),
  view: z.enum(weightedViews, { message: `must be one of ${weightedViews.join(', ')}` }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** Raw options from the CLI or a query string; absent and empty values mean "not given". */
export interface RawExportOptions {
  readonly format?: unknown;
  readonly around?: unknown;
  readonly depth?: unknown;
  readonly asOf?: unknown;
  readonly view?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly limit?: unknown;
}

/** Validates export options (CLI flags or query parameters); collects every problem at once. */
export function parseExportRequest(raw: RawExportOptions): ExportRequest {
  const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
  const parsed = schema.safeParse({
    format: blank(raw.format),
    around: blank(raw.around),
    depth: blank(raw.depth),
    asOf: blank(raw.asOf),
    view: blank(raw.view),
    from: blank(raw.from),
    to: blank(raw.to),
    limit: blank(raw.limit),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new AppError(ErrorCode.EXPORT_INVALID_REQUEST, `Invalid export request: ${problems}.`, {
      hint: `format is graphml|gexf|csv|json; depth 0–${maxExportDepth} (with around); asOf, from, to YYYY-MM-DD; view meetings|projects|roles (with around), limit 1–500.`,
    });
  }
  const { format, around, depth, asOf, ...weighted } = parsed.data;
  checkWeighted(weighted, around, depth);
  if (weighted.view && asOf !== undefined) {
    throw new AppError(
      ErrorCode.EXPORT_INVALID_REQUEST,
      'asOf goes with the neighbourhood, not view.',
      {
        hint: 'A weighted view takes from and to (the period); drop asOf.',
      },
    );
  }
  if (depth !== undefined && around === undefined) {
    throw new AppError(
      ErrorCode.EXPORT_INVALID_REQUEST,
      'depth needs around (the id to start from).',
      {
        hint: 'Add --around <id> (or around=<id>), or drop depth to export the whole graph.',
      },
    );
  }
  if (!weighted.view) return { format, around, depth: depth ?? 1, asOf };
  return { format, around, depth: depth ?? 1, asOf, ...weighted };
}

/** A weighted view needs its focus, and takes the depths weightedNetwork takes (1–2, projects 1). */
function checkWeighted(
  weighted: { view?: string; from?: string; to?: string; limit?: number },
  around: string | undefined,
  depth: number | undefined,
): void {
  const fail = (message: string, hint: string) => {
    throw new AppError(ErrorCode.EXPORT_INVALID_REQUEST, message, { hint });
  };
  const { view, ...rest } = weighted;
  if (!view && Object.values(rest).some((v) => v !== undefined))
    fail('from, to and limit go with view.', 'Add view=meetings|projects|roles and around=<id>.');
  if (view && around === undefined)
    fail('view needs around (the focus of the view).', 'Add around=<id>, e.g. org:businesseurope.');
  const most = view === 'projects' ? 1 : 2;
  if (view && depth !== undefined && (depth < 1 || depth > most))
    fail(`view=${view} takes depth 1–${most}.`, 'Depth 2 adds the partners’ own partners.');
}
