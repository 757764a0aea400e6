import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { isAppError } from '../errors/app-error.js';
import { ensureDashboardBuilt } from './build.js';
import { dashboardOutDir } from './paths.js';

export interface DashboardOptions {
  /** Where the built page lives (default dist/dashboard). */
  readonly outDir?: string;
  /** Progress lines (build start and duration). */
  readonly log?: (line: string) => void;
}

const pagePath = /^\/(index\.html)?$|^\/assets\//;

/**
 * Serves the stakeholder-network page at / (and its /assets/*). The page is a Vite build in
 * dist/dashboard, made when the router is created if it is missing or older than its sources
 * (src/dashboard/web): `npm start` on a fresh clone needs no build step. Requests for the page
 * wait for that build; every other path (/graphql, /export, /health) passes straight through.
 */
export function createDashboardRouter(options: DashboardOptions = {}): Router {
  const outDir = options.outDir ?? dashboardOutDir;
  const ready = ensureDashboardBuilt({ outDir, log: options.log }).then(
    () => undefined,
    (error: unknown) => error,
  );
  const router = Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !pagePath.test(req.path)) return next();
    const failure = await ready;
    if (failure === undefined) return next();
    const message = isAppError(failure) ? failure.message : String(failure);
    res.status(503).type('text/plain').send(`The dashboard is not available: ${message}\n`);
  });
  router.use(
    '/assets',
    express.static(`${outDir}/assets`, { immutable: true, maxAge: '1y', fallthrough: true }),
  );
  router.get(['/', '/index.html'], (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: outDir });
  });
  return router;
}
