// The built main process starts here (scripts/build.mjs bundles it to dist/electron/main.mjs).
import { main } from './main.ts';

main();
