import { fromRoot } from '../config/paths.js';

/** The Vite project of the page (index.html, *.ts, styles.css). */
export const dashboardSourceDir = fromRoot('src', 'dashboard', 'web');

/** Where the built page goes (git-ignored: dist/ is). */
export const dashboardOutDir = fromRoot('dist', 'dashboard');
