// `npm run build:dashboard`: builds dist/dashboard now (the server would otherwise do it on start).
import { reportError } from '../cli/output.js';
import { ensureDashboardBuilt } from './build.js';

try {
  const { built } = await ensureDashboardBuilt({
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (!built) process.stderr.write('Dashboard is up to date.\n');
} catch (error) {
  process.exitCode = reportError(error);
}
