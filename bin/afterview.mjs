#!/usr/bin/env node
// The `afterview` command. It runs the built command line (dist/cli/afterview.mjs, made by
// `npm run build`: one file with its dependencies inside, plain Node, no dev dependency).
// In a development checkout that has not been built, it runs the TypeScript source through
// tsx instead, so `npx afterview ...` works right after `npm install`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/afterview.mjs', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../node/cli/main.ts');
  await run();
}
