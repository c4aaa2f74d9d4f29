import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { findImportCycles, findLayerViolations, importsOf } from '../../scripts/layers.mjs';

const check = (path: string, text: string): string[] => findLayerViolations([{ path, text }]);

describe('layer check (architecture.md: arrows point into shared/)', () => {
  it('reads static, re-export, type-only and dynamic imports', () => {
    const text = `import a from 'a';\nimport type { B } from "./b.ts";\nexport { c } from './c.ts';\nconst d = await import('d');\nimport 'side-effect';`;
    expect(importsOf(text)).toEqual(['a', './b.ts', './c.ts', 'd', 'side-effect']);
  });
  it('rejects Node, Electron, React and electron/ imports in shared/', () => {
    expect(check('shared/x.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(check('shared/x.ts', "import path from 'path';")).toHaveLength(1);
    expect(check('shared/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(check('shared/x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(check('shared/a/x.ts', "import { s } from '../../node/services/s.ts';")).toHaveLength(1);
    expect(check('shared/a/x.ts', "import { s } from '../../renderer/src/s.ts';")).toHaveLength(1);
  });
  it('allows pure libraries and shared/ itself in shared/', () => {
    expect(
      check('shared/a/x.ts', "import { z } from 'zod';\nimport { y } from '../model/y.ts';\nimport { addDays } from 'date-fns';"),
    ).toEqual([]);
  });
  it('rejects electron/ and Node imports in renderer/, allows shared/', () => {
    expect(check('renderer/src/x.ts', "import { s } from '../../node/services/s.ts';")).toHaveLength(1);
    // Twice wrong: Electron in the page, and raw IPC outside the preload.
    expect(check('renderer/src/x.ts', "import { ipcRenderer } from 'electron';")).toHaveLength(2);
    expect(check('renderer/src/x.ts', "import { m } from '../../shared/model/index.ts';")).toEqual([]);
  });
  it('rejects renderer/ imports in electron/', () => {
    expect(check('electron/main/x.ts', "import { r } from '../../renderer/src/r.ts';")).toHaveLength(1);
  });
  it('keeps node/ free of Electron and of electron/main/, and lets electron/main/ use node/', () => {
    expect(check('node/services/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(check('node/web/x.ts', "import { c } from '../../electron/main/c.ts';")).toHaveLength(1);
    expect(check('node/web/x.ts', "import { s } from '../services/s.ts';\nimport fs from 'node:fs';")).toEqual([]);
    expect(check('electron/main/x.ts', "import { s } from '../../node/services/s.ts';\nimport { app } from 'electron';")).toEqual([]);
  });
  it('lets the preload import only electron and shared/', () => {
    expect(check('electron/preload/p.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(check('electron/preload/p.ts', "import { s } from '../../node/services/s.ts';")).toHaveLength(1);
    expect(
      check('electron/preload/p.ts', "import { contextBridge } from 'electron';\nimport type { C } from '../../shared/ipc/contract.ts';"),
    ).toEqual([]);
  });
  it('allows raw ipcMain and ipcRenderer only in their one wrapper each', () => {
    expect(check('electron/main/menu.ts', "import { Menu, ipcMain } from 'electron';")).toHaveLength(1);
    expect(check('electron/main/ipc.ts', "import { ipcMain, type BrowserWindow } from 'electron';")).toEqual([]);
    expect(check('electron/preload/other.ts', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(check('electron/preload/preload.ts', "import { contextBridge, ipcRenderer } from 'electron';")).toEqual([]);
  });
});

describe('import cycles', () => {
  const files = (entries: Record<string, string>) => Object.entries(entries).map(([path, text]) => ({ path, text }));
  it('finds files that import each other, directly or around a ring, type-only included', () => {
    const found = findImportCycles(
      files({
        'shared/a.ts': "import { b } from './b.ts';",
        'shared/b.ts': "import type { C } from './c.ts';",
        'shared/c.ts': "import { a } from './a.ts';",
      }),
    );
    expect(found).toEqual(['files import each other: shared/a.ts <-> shared/b.ts <-> shared/c.ts']);
  });
  it('finds renderer feature folders that import each other even when the files do not', () => {
    const found = findImportCycles(
      files({
        'renderer/src/panel/P.tsx': "import { d } from '../drafts/D.tsx';",
        'renderer/src/drafts/D.tsx': "import { x } from '../panel/x.ts';",
        'renderer/src/panel/x.ts': '',
      }),
    );
    expect(found).toEqual(['renderer/src folders import each other: drafts <-> panel']);
  });
  it('says nothing about a tree that only points one way', () => {
    expect(
      findImportCycles(
        files({
          'renderer/src/panel/P.tsx': "import { d } from '../drafts/D.tsx';",
          'renderer/src/drafts/D.tsx': "import { m } from '../../../shared/m.ts';",
          'shared/m.ts': '',
        }),
      ),
    ).toEqual([]);
  });
});
