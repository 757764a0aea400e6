import { fromRoot } from '../config/paths.js';

/** The Vite project of the page (index.html, *.ts, styles.css). */
export const dashboardSourceDir = fromRoot('src', 'dashboard', 'web');

/** Files outside the Vite root that the page imports (shared with the exports). */
export const dashboardSharedFiles = [fromRoot('src', 'export', 'palette.ts')];

/** Where the built page goes (git-ignored: dist/ is). */
export const dashboardOutDir = fromRoot('dist', 'dashboard');
