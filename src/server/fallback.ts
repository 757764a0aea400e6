import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors/codes.js';

/** 404 for unknown routes and one JSON error shape for anything the routes did not handle. */
export function fallbackHandlers(
  logger: Logger,
  production: boolean,
): [RequestHandler, ErrorRequestHandler] {
  const notFound: RequestHandler = (req, res) => {
    res
      .status(404)
      .json({ error: { code: ErrorCode.NOT_FOUND, message: `No route ${req.path}.` } });
  };
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status < 500) {
      res.status(status).json({
        error: { code: ErrorCode.BAD_REQUEST, message: 'The request could not be read.' },
      });
      return;
    }
    logger.error({ err: error }, 'unhandled error');
    const message =
      production || !(error instanceof Error)
        ? 'Internal error.'
        : `Internal error: ${error.message}`;
    res.status(500).json({ error: { code: ErrorCode.INTERNAL, message } });
  };
  return [notFound, onError];
}
