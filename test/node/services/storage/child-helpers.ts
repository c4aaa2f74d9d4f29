// What the fault tests share about their child processes: the child is bundled once with
// esbuild and run with plain node (so a kill costs a process start, not a TypeScript
// compile), and its output is read line by line (a half-printed line does not count).
import type { Readable } from 'node:stream';
import { build, type BuildOptions } from 'esbuild';

export async function bundleForNode(entry: string, outfile: string, extra: Pick<BuildOptions, 'alias' | 'external'> = {}): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...extra,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
}

export function onLines(stream: Readable, handle: (line: string) => void): void {
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      handle(line);
    }
  });
}
