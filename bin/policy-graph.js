#!/usr/bin/env node
// policy-graph runs its TypeScript sources directly through tsx (no build step): see README.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
