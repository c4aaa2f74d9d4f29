import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveAppFile } from '../../../electron/main/protocol.ts';

describe('app:// protocol', () => {
  const root = path.resolve('/opt/afterview/renderer');
  it('maps app pages to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://afterview/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://afterview/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });
  it('never serves a file outside it or for another host', () => {
    // The URL parser folds dot segments, so these land inside the folder, never above it.
    expect(resolveAppFile(root, 'app://afterview/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile(root, 'app://afterview/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    // An encoded slash survives the parser; decoding it must not climb out.
    expect(resolveAppFile(root, 'app://afterview/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
  });
});
