import { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config/config.js';
import { isAppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { encodeGraph, exportFileName, formatInfo } from './encode.js';
import { openGraph } from './graph-source.js';
import { parseExportRequest } from './request.js';

const statusOf: Partial<Record<string, number>> = {
  [ErrorCode.EXPORT_INVALID_REQUEST]: 400,
  [ErrorCode.EXPORT_NOT_FOUND]: 404,
  [ErrorCode.NEO4J_UNAVAILABLE]: 503,
};

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * GET /export?format=graphml|gexf|csv|json[&around=<id>&depth=<n>][&asOf=YYYY-MM-DD] — a download
 * (Content-Disposition: attachment) streamed straight from Neo4j; csv is a zip of nodes.csv and
 * edges.csv. Bad parameters → 400, unknown `around` → 404, as `{error: {code, message, hint}}`.
 * A failure after the first byte can only cut the stream short (the client sees an incomplete file).
 */
export function createExportRouter(driver: Driver, config: Config): Router {
  const router = Router();
  router.get('/export', async (req: Request, res: Response) => {
    try {
      const request = parseExportRequest({
        format: first(req.query.format),
        around: first(req.query.around),
        depth: first(req.query.depth),
        asOf: first(req.query.asOf),
        view: first(req.query.view),
        from: first(req.query.from),
        to: first(req.query.to),
        limit: first(req.query.limit),
      });
      const { graph } = await openGraph(driver, config.neo4j.database, request);
      res.status(200);
      res.setHeader('Content-Type', formatInfo[request.format].mediaType);
      res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(request)}"`);
      res.setHeader('Cache-Control', 'no-store');
      await pipeline(encodeGraph(request.format, graph), res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error as Error);
        return;
      }
      const code = isAppError(error) ? error.code : ErrorCode.INTERNAL;
      const message = isAppError(error) ? error.message : 'The export failed.';
      const hint = isAppError(error)
        ? error.hint
        : 'Try again; if it persists, see the server log.';
      if (!isAppError(error)) console.error('export failed', error);
      res.status(statusOf[code] ?? 500).json({ error: { code, message, hint } });
    }
  });
  return router;
}
