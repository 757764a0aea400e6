import { SingleBar, Presets } from 'cli-progress';
import { say } from './output.js';

/**
 * Progress for long loads: a bar on a TTY once the work has taken over a second; otherwise
 * (CI, pipes) plain lines, at most one per second, the first one at once.
 */
export function progressReporter(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  unit = 'rows',
) {
  const startedAt = Date.now();
  let bar: SingleBar | undefined;
  let lastLine = 0;
  return {
    update(done: number, total: number): void {
      if (stream.isTTY) {
        if (!bar && Date.now() - startedAt < 1000) return;
        if (!bar) {
          bar = new SingleBar(
            {
              format: `${label} [{bar}] {value}/{total} ${unit} · {speed}/s · {eta}s left`,
              stream,
            },
            Presets.shades_classic,
          );
          bar.start(total, done);
        }
        const seconds = (Date.now() - startedAt) / 1000;
        bar.update(done, { speed: seconds ? Math.round(done / seconds) : 0 });
        return;
      }
      const now = Date.now();
      if (lastLine === 0 || now - lastLine >= 1000 || done === total) {
        lastLine = now;
        say(`${label}: ${done}/${total} ${unit}`);
      }
    },
    stop(): void {
      bar?.stop();
    },
  };
}
