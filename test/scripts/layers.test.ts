import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { findLayerViolations, importsOf } from '../../scripts/layers.mjs';

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
    expect(check('shared/a/x.ts', "import { s } from '../../electron/services/s.ts';")).toHaveLength(1);
    expect(check('shared/a/x.ts', "import { s } from '../../renderer/src/s.ts';")).toHaveLength(1);
  });
  it('allows pure libraries and shared/ itself in shared/', () => {
    expect(check('shared/a/x.ts', "import { z } from 'zod';\nimport { y } from '../model/y.ts';\nimport { addDays } from 'date-fns';")).toEqual([]);
  });
  it('rejects electron/ and Node imports in renderer/, allows shared/', () => {
    expect(check('renderer/src/x.ts', "import { s } from '../../electron/services/s.ts';")).toHaveLength(1);
    expect(check('renderer/src/x.ts', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(check('renderer/src/x.ts', "import { m } from '../../shared/model/index.ts';")).toEqual([]);
  });
  it('rejects renderer/ imports in electron/', () => {
    expect(check('electron/main/x.ts', "import { r } from '../../renderer/src/r.ts';")).toHaveLength(1);
  });
});
