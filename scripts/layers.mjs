// The one-way dependency rule (architecture.md), read straight from the source: shared/
// imports no Node module, Electron, React or UI library, and nothing from electron/ or
// renderer/; renderer/ imports nothing from electron/ and no Node module.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const SHARED_FORBIDDEN_PACKAGES = [/^electron($|\/)/, /^react($|\/|-dom)/, /^zustand/, /^@dnd-kit\//, /^electron-store$/, /^conf$/];
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/gm;

export function importsOf(text) {
  const found = [];
  for (const m of text.matchAll(IMPORT)) found.push(m[1] ?? m[2]);
  return found;
}

/** Returns one message per forbidden import; files are { path (relative, posix), text }. */
export function findLayerViolations(files) {
  const problems = [];
  for (const file of files) {
    const layer = file.path.split('/')[0];
    for (const spec of importsOf(file.text)) {
      const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file.path), spec)) : null;
      const targetLayer = target?.split('/')[0];
      let why = null;
      if (layer === 'shared') {
        if (NODE.has(spec)) why = 'a Node module';
        else if (SHARED_FORBIDDEN_PACKAGES.some((re) => re.test(spec))) why = 'Electron, React or a UI/storage library';
        else if (targetLayer === 'electron' || targetLayer === 'renderer') why = `code from ${targetLayer}/`;
      } else if (layer === 'renderer') {
        if (NODE.has(spec) || /^electron($|\/)/.test(spec)) why = 'a Node or Electron module';
        else if (targetLayer === 'electron') why = 'code from electron/';
      } else if (layer === 'electron') {
        if (targetLayer === 'renderer') why = 'code from renderer/';
      }
      if (why) problems.push(`${file.path} imports ${why} ("${spec}")`);
    }
  }
  return problems;
}
