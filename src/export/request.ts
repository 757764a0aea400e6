import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { exportFormats, type ExportRequest } from './types.js';

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
});

/** Raw options from the CLI or a query string; absent and empty values mean "not given". */
export interface RawExportOptions {
  readonly format?: unknown;
  readonly around?: unknown;
  readonly depth?: unknown;
  readonly asOf?: unknown;
}

/** Validates export options (CLI flags or query parameters); collects every problem at once. */
export function parseExportRequest(raw: RawExportOptions): ExportRequest {
  const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
  const parsed = schema.safeParse({
    format: blank(raw.format),
    around: blank(raw.around),
    depth: blank(raw.depth),
    asOf: blank(raw.asOf),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new AppError(ErrorCode.EXPORT_INVALID_REQUEST, `Invalid export request: ${problems}.`, {
      hint: `format is graphml|gexf|csv|json; depth 0–${maxExportDepth} (with around); asOf YYYY-MM-DD.`,
    });
  }
  const { format, around, depth, asOf } = parsed.data;
  if (depth !== undefined && around === undefined) {
    throw new AppError(
      ErrorCode.EXPORT_INVALID_REQUEST,
      'depth needs around (the id to start from).',
      {
        hint: 'Add --around <id> (or around=<id>), or drop depth to export the whole graph.',
      },
    );
  }
  return { format, around, depth: depth ?? 1, asOf };
}
