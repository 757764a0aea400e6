import { fromRoot } from '../../config/paths.js';

/** The Health cluster subset shipped with the project (made by scripts/cordis-subset.ts). */
export const CORDIS_SUBSET = fromRoot('data', 'cordis', 'horizon-health-2025-11-16.zip');

/** Reviewers' decisions on CORDIS suggestions, applied on every import. */
export const CORDIS_JUDGEMENTS = fromRoot('data', 'judgements', 'cordis.yaml');
