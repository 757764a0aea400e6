import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';

/** Longest wait for Neo4j before /health answers 503. */
const HEALTH_TIMEOUT_MS = 3_000;

/**
 * GET /health: 200 {status: "ok", neo4j: "up"} when Neo4j answers a read within 3 s, else 503
 * {status: "unavailable", neo4j: "down"}. No details of the failure are exposed.
 */
export function healthRouter(driver: Driver, database: string): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const started = Date.now();
    const up = await ping(driver, database);
    res
      .status(up ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: up ? 'ok' : 'unavailable',
        neo4j: up ? 'up' : 'down',
        ms: Date.now() - started,
      });
  });
  return router;
}

async function ping(driver: Driver, database: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  const query = driver
    .executeQuery(cypherFile('neo4j/ping.cypher'), {}, { database, routing: 'READ' })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
