// The one-way dependency rule (docs/architecture.md), read straight from the source. Code
// lives in a folder named for where it runs, and each may import only what runs there too:
//
//   shared/            pure domain: no Node, Electron, React, storage or UI library
//   renderer/          the sandboxed page: shared/ only, no Node, no Electron
//   node/              plain Node (services, web host, CLI): shared/ and Node, no Electron
//   electron/main/     the Electron main process: node/ and shared/
//   electron/preload/  the sandboxed preload: 'electron' and shared/ (the contract) only
//
// Two more habits are checked here because a reviewer misses them: ipcMain is touched
// only by electron/main/ipc.ts and ipcRenderer only by electron/preload/preload.ts (every
// channel goes through the checked router), and no file imports itself through a cycle.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const SHARED_FORBIDDEN_PACKAGES = [/^electron($|\/)/, /^react($|\/|-dom)/, /^zustand/, /^@dnd-kit\//, /^electron-store$/, /^conf$/];
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/gm;
const ELECTRON_IMPORT = /(?:^|[\s;])import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]electron['"]/gm;

/** The one place each raw IPC object may be imported (GitHub Desktop's rule). */
export const IPC_WRAPPERS = { ipcMain: 'electron/main/ipc.ts', ipcRenderer: 'electron/preload/preload.ts' };

export function importsOf(text) {
  const found = [];
  for (const m of text.matchAll(IMPORT)) found.push(m[1] ?? m[2]);
  return found;
}

/** Which runtime folder a repository path belongs to, or null for tests, scripts and the rest. */
export function layerOf(file) {
  if (file.startsWith('electron/main/')) return 'electron/main';
  if (file.startsWith('electron/preload/')) return 'electron/preload';
  const top = file.split('/')[0];
  return ['shared', 'renderer', 'node', 'electron'].includes(top) ? top : null;
}

/** What each layer may import from the others (itself always). */
const MAY_IMPORT = {
  shared: [],
  renderer: ['shared'],
  node: ['shared'],
  'electron/main': ['node', 'shared'],
  'electron/preload': ['shared'],
  electron: ['node', 'shared'],
};

function resolveRelative(from, spec) {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

function packageProblem(layer, spec) {
  const isNode = NODE.has(spec);
  const isElectron = /^electron($|\/)/.test(spec);
  if (layer === 'shared') {
    if (isNode) return 'a Node module';
    if (SHARED_FORBIDDEN_PACKAGES.some((re) => re.test(spec))) return 'Electron, React or a UI/storage library';
  } else if (layer === 'renderer') {
    if (isNode || isElectron) return 'a Node or Electron module';
  } else if (layer === 'node') {
    if (isElectron) return 'Electron (node/ runs in plain Node: the web host and the CLI have no Electron)';
  } else if (layer === 'electron/preload') {
    if (!isElectron) return 'a module other than Electron (a sandboxed preload can require only electron)';
  }
  return null;
}

function ipcProblems(file) {
  const problems = [];
  for (const m of file.text.matchAll(ELECTRON_IMPORT)) {
    for (const [name, home] of Object.entries(IPC_WRAPPERS)) {
      if (new RegExp(`\\b${name}\\b`).test(m[1]) && file.path !== home)
        problems.push(`${file.path} imports ${name}; only ${home} may, so every channel stays checked`);
    }
  }
  return problems;
}

/** Returns one message per forbidden import; files are { path (relative, posix), text }. */
export function findLayerViolations(files) {
  const problems = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    problems.push(...ipcProblems(file));
    for (const spec of importsOf(file.text)) {
      let why = null;
      if (spec.startsWith('.')) {
        const targetLayer = layerOf(resolveRelative(file.path, spec));
        if (targetLayer && targetLayer !== layer && !MAY_IMPORT[layer].includes(targetLayer)) why = `code from ${targetLayer}/`;
      } else {
        why = packageProblem(layer, spec);
      }
      if (why) problems.push(`${file.path} imports ${why} ("${spec}")`);
    }
  }
  return problems;
}

/** Tarjan's strongly connected components over a graph given as Map<node, node[]>; returns the ones with a cycle. */
function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const indexOf = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), indexOf.get(w)));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return found;
}

/**
 * Import cycles, at two scales: between files anywhere, and between the feature folders of
 * renderer/src (a folder that imports a folder that imports it back is one feature in two
 * places). Type-only imports count: a cycle of types is still two modules that cannot be
 * read apart.
 */
export function findImportCycles(files) {
  const known = new Set(files.map((f) => f.path));
  const fileGraph = new Map();
  const folderGraph = new Map();
  const folderOf = (p) => (p.startsWith('renderer/src/') && p.split('/').length > 3 ? p.split('/')[2] : null);
  for (const file of files) {
    const targets = importsOf(file.text)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveRelative(file.path, spec))
      .filter((target) => known.has(target));
    fileGraph.set(file.path, targets);
    const from = folderOf(file.path);
    if (!from) continue;
    const edges = folderGraph.get(from) ?? new Set();
    for (const target of targets) {
      const to = folderOf(target);
      if (to && to !== from) edges.add(to);
    }
    folderGraph.set(from, edges);
  }
  const folders = new Map([...folderGraph].map(([k, v]) => [k, [...v]]));
  return [
    ...cyclesOf(fileGraph).map((c) => `files import each other: ${c.join(' <-> ')}`),
    ...cyclesOf(folders).map((c) => `renderer/src folders import each other: ${c.join(' <-> ')}`),
  ];
}
