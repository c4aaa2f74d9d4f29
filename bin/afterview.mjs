#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx afterview ...` works on a fresh clone
// right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../node/cli/main.ts');
await run();
