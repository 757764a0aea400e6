import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { pino, type Logger } from 'pino';

/** What a middleware did to a response, readable without a network. */
export interface FakeResponse {
  readonly res: Response;
  readonly headers: Map<string, string>;
  readonly sent: { status: number; body: unknown };
  /** Ends the response as Node would (the `finish` event). */
  finish(status: number): void;
}

export function fakeResponse(): FakeResponse {
  const headers = new Map<string, string>();
  const events = new EventEmitter();
  const sent = { status: 200, body: undefined as unknown };
  const res = {
    locals: {} as Record<string, unknown>,
    statusCode: 200,
    setHeader: (name: string, value: unknown) =>
      void headers.set(name.toLowerCase(), String(value)),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
    set: (name: string, value: string) => (headers.set(name.toLowerCase(), value), res),
    status: (code: number) => ((res.statusCode = sent.status = code), res),
    json: (body: unknown) => ((sent.body = body), res),
    on: (event: string, listener: () => void) => (events.on(event, listener), res),
  };
  const finish = (status: number) => {
    res.statusCode = status;
    events.emit('finish');
  };
  return { res: res as unknown as Response, headers, sent, finish };
}

/** A request with these headers, method and URL. */
export function fakeRequest(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method,
    originalUrl: url,
    path: url.split('?')[0],
    headers: lower,
    get: (name: string) => lower[name.toLowerCase()],
  } as unknown as Request;
}

/** A pino logger whose JSON lines are collected in `lines`. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** A `next` that records whether (and with what) it was called. */
export function recordNext(): { next: NextFunction; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return { next: ((...args: unknown[]) => void calls.push(args)) as NextFunction, calls };
}
