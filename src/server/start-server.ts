import type { AddressInfo } from 'node:net';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { createApp, type AppOptions } from './create-app.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, drains in-flight requests (≤ 10 s), stops Apollo. The driver stays open. */
  stop(): Promise<void>;
}

/** Where the server listens unless HOST (config.host) or `host` says otherwise: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';

/** Builds the app and listens on `port` (0 = a free port) on `host` (default config.host, else 127.0.0.1). */
export async function startServer(
  options: AppOptions & { port: number; host?: string },
): Promise<RunningServer> {
  const host = options.host ?? options.config.host ?? DEFAULT_HOST;
  const { httpServer, apollo } = await createApp(options);
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    const code = (error as { code?: string }).code;
    throw new AppError(
      ErrorCode.SERVER_START_FAILED,
      code === 'EADDRINUSE'
        ? `Port ${options.port} is already in use.`
        : `The HTTP server could not listen on ${host}:${options.port}.`,
      {
        hint: 'Set PORT to a free port (e.g. PORT=4001) and HOST to an address of this machine.',
        cause: error,
      },
    );
  }
  const port = (httpServer.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`,
    port,
    stop: () => (stopping ??= apollo.stop()),
  };
}
