// `npm run build:dashboard`: builds dist/dashboard now unless it is up to date (the server would
// otherwise do it on its first start); the Dockerfile runs it so a container never builds.
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
