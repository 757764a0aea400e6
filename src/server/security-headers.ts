import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows only this
 * origin's scripts, styles and connections (the dashboard and the offline GraphiQL load nothing
 * else; both are checked in a real browser by test/server/csp.int.test.ts), no framing
 * (frame-ancestors 'none', X-Frame-Options), X-Content-Type-Options: nosniff, Referrer-Policy:
 * no-referrer, and helmet's other defaults. No upgrade-insecure-requests: the server speaks plain
 * HTTP on loopback (TLS, when any, ends at a proxy in front of it).
 * Styles set from scripts (CodeMirror, sigma) go through the CSSOM, which style-src does not
 * restrict, so no 'unsafe-inline' is needed anywhere.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
