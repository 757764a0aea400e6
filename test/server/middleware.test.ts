import { describe, expect, it } from 'vitest';
import { fallbackHandlers } from '../../src/server/fallback.js';
import { requestLog } from '../../src/server/request-log.js';
import { securityHeaders } from '../../src/server/security-headers.js';
import { captureLogger, fakeRequest, fakeResponse, recordNext } from './fake-http.js';

// The server's middleware (src/server/) called directly with fake requests and responses: the
// headers, log lines and error answers they produce, without a network or a database.
describe('securityHeaders', () => {
  it('sets a self-only CSP, no framing, nosniff and no referrer, and passes the request on', () => {
    const { res, headers } = fakeResponse();
    const { next, calls } = recordNext();
    securityHeaders()(fakeRequest('/'), res, next);
    expect(calls).toEqual([[]]);
    const csp = Object.fromEntries(
      (headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(csp).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('requestLog', () => {
  const run = (url: string, headers: Record<string, string> = {}) => {
    const { logger, lines } = captureLogger();
    const response = fakeResponse();
    const { next, calls } = recordNext();
    requestLog(logger)(fakeRequest(url, headers, 'POST'), response.res, next);
    return { lines, response, calls };
  };

  it('keeps a safe client request id, echoes it, and logs one line when the response ends', () => {
    const { lines, response, calls } = run('/graphql?query=secret', {
      'x-request-id': 'client-id-0001',
    });
    expect(calls).toEqual([[]]);
    expect(response.headers.get('x-request-id')).toBe('client-id-0001');
    expect(response.res.locals.requestId).toBe('client-id-0001');
    expect(lines).toEqual([]); // nothing until the response is finished
    response.finish(201);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      component: 'http',
      method: 'POST',
      path: '/graphql', // the query string (which may hold data) is not logged
      status: 201,
      requestId: 'client-id-0001',
      msg: 'request',
    });
    expect(typeof lines[0]!.ms).toBe('number');
  });

  it.each([
    ['too short', 'short'],
    ['with spaces', 'has spaces in it'],
    ['with a newline', 'abcdefgh\nforged-log-line'],
    ['too long', 'x'.repeat(65)],
  ])('replaces an unsafe client id (%s) with a new UUID', (_name, given) => {
    const { response } = run('/health', { 'x-request-id': given });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.res.locals.requestId).toBe(id);
  });

  it('gives each request without an id its own', () => {
    const ids = [run('/a'), run('/b')].map((r) => r.response.headers.get('x-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('fallbackHandlers', () => {
  const handle = (error: unknown, production: boolean) => {
    const { logger, lines } = captureLogger();
    const [, onError] = fallbackHandlers(logger, production);
    const { res, sent } = fakeResponse();
    onError(error, fakeRequest('/x'), res, recordNext().next);
    return { sent, lines };
  };

  it('an unknown route is 404 NOT_FOUND naming the path', () => {
    const [notFound] = fallbackHandlers(captureLogger().logger, true);
    const { res, sent } = fakeResponse();
    notFound(fakeRequest('/nowhere?x=1'), res, recordNext().next);
    expect(sent).toEqual({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'No route /nowhere.' } },
    });
  });

  it('a client error (unreadable body) keeps its status, answers BAD_REQUEST, logs nothing', () => {
    const error = Object.assign(new Error('Unexpected token } in JSON'), { status: 413 });
    const { sent, lines } = handle(error, false);
    expect(sent).toEqual({
      status: 413,
      body: { error: { code: 'BAD_REQUEST', message: 'The request could not be read.' } },
    });
    expect(lines).toEqual([]);
  });

  it('an internal error is 500 INTERNAL and logged; its message is shown in development only', () => {
    const dev = handle(new Error('disk on fire'), false);
    expect(dev.sent).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'Internal error: disk on fire' } },
    });
    expect(dev.lines.map((l) => [l.level, l.msg])).toEqual([[50, 'unhandled error']]);
    const prod = handle(new Error('disk on fire'), true);
    expect(prod.sent.body).toEqual({ error: { code: 'INTERNAL', message: 'Internal error.' } });
    expect(JSON.stringify(prod.sent)).not.toContain('disk');
    expect(handle('a string thrown', false).sent.body).toEqual({
      error: { code: 'INTERNAL', message: 'Internal error.' },
    });
  });
});
