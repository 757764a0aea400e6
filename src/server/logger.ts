import { pino, type Logger } from 'pino';

/** Structured JSON logs (pino) on stdout; one logger per process, children per component. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'policy-graph' },
    redact: ['req.headers.authorization', 'headers.authorization'],
  });
}
