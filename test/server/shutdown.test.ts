import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors/app-error.js';
import { listenForShutdown, unlessShutdown, type Shutdown } from '../../src/server/shutdown.js';

// Ctrl-C handling of long-running commands (src/server/shutdown.ts). The signal handlers are
// captured instead of installed and called directly; process.exit and the clock are fakes.
type Handler = (signal: NodeJS.Signals) => void;

describe('listenForShutdown', () => {
  let handlers: Map<string, Handler>;
  let exit: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    handlers = new Map();
    vi.spyOn(process, 'on').mockImplementation(((event: string, handler: Handler) => {
      handlers.set(event, handler);
      return process;
    }) as typeof process.on);
    exit = vi.fn();
    vi.spyOn(process, 'exit').mockImplementation(exit as unknown as typeof process.exit);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const signal = (name: NodeJS.Signals) => handlers.get(name)!(name);

  it('listens to SIGINT and SIGTERM; the first signal asks for a graceful stop', async () => {
    const lines: string[] = [];
    const shutdown = listenForShutdown((line) => lines.push(line));
    expect([...handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
    signal('SIGTERM');
    await expect(shutdown.requested).resolves.toBe('SIGTERM');
    expect(lines).toEqual(['SIGTERM: shutting down (a second Ctrl-C exits at once)…']);
    expect(exit).not.toHaveBeenCalled();
  });

  it('a repeat within a second is the same request (npm relays Ctrl-C); a later one exits at once', () => {
    const lines: string[] = [];
    const shutdown = listenForShutdown((line) => lines.push(line));
    const order: string[] = [];
    shutdown.onForcedExit(() => order.push('kill neo4j'));
    shutdown.onForcedExit(() => order.push('remove run file'));
    exit.mockImplementation(() => void order.push('exit'));
    signal('SIGINT');
    vi.advanceTimersByTime(999);
    signal('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    expect(order).toEqual([]);
    vi.advanceTimersByTime(1);
    signal('SIGINT');
    expect(order).toEqual(['kill neo4j', 'remove run file', 'exit']);
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines[1]).toBe('SIGINT again: exiting without waiting');
  });
});

describe('unlessShutdown', () => {
  /** A shutdown whose signal arrives when `ask` is called. */
  function manualShutdown(): Shutdown & { ask: (signal: NodeJS.Signals) => void } {
    let ask!: (signal: NodeJS.Signals) => void;
    const requested = new Promise<NodeJS.Signals>((resolve) => (ask = resolve));
    return { requested, onForcedExit: () => undefined, ask };
  }

  it('without a shutdown, or when the work ends first, is the work', async () => {
    await expect(unlessShutdown(undefined, Promise.resolve(42))).resolves.toBe(42);
    const shutdown = manualShutdown();
    await expect(unlessShutdown(shutdown, Promise.resolve('served'))).resolves.toBe('served');
    await expect(unlessShutdown(shutdown, Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
  });

  it('a signal before the work ends rejects with INTERRUPTED, naming the signal', async () => {
    const shutdown = manualShutdown();
    const never = new Promise<never>(() => undefined);
    const waiting = unlessShutdown(shutdown, never);
    shutdown.ask('SIGINT');
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INTERRUPTED',
      message: 'stopped by SIGINT before serving',
      cause: 'SIGINT',
    });
  });
});
