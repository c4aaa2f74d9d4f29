// The docs in the repository are the spec a contributor reads, so what the code cites must
// be there: every rule id (P1, P16, a sub-id such as P2a) has a heading in docs/playbook.md,
// every section a comment names ('playbook, "Stages"') is a heading of that document, and
// every link between the docs and the README resolves, inside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CODE_FOLDERS = ['shared', 'renderer', 'node', 'electron', 'test', 'scripts', 'bin'];
const SKIP = new Set(['node_modules', 'dist', 'fixtures', 'screenshots']);

function walk(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
const read = (file: string) => readFileSync(file, 'utf8');
const codeFiles = CODE_FOLDERS.flatMap((folder) => walk(path.join(root, folder), /\.(ts|tsx|mts|mjs|js|css)$/))
  .concat(
    ['eslint.config.js', 'vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'].map((f) => path.join(root, f)).filter(existsSync),
  )
  .filter((f) => !f.endsWith('docs.test.ts'));
const docFiles = [path.join(root, 'README.md'), ...walk(path.join(root, 'docs'), /\.md$/)];

/** The headings of a markdown file, outside code blocks. */
function headingsOf(file: string): string[] {
  let inCode = false;
  const found: string[] = [];
  for (const line of read(file).split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (m) found.push(m[1]!);
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

// A rule id: P and a number, optionally a letter (P2a) or a dotted part (P2.1) for a sub-rule.
// The word boundaries keep constants such as P16_IN_PROGRESS and words such as HTTP2 out.
const RULE_ID = /\bP\d{1,2}(?:[a-z]|\.\d+)?\b/g;

describe('docs/playbook.md: every rule id cited resolves', () => {
  const playbook = path.join(root, 'docs/playbook.md');
  const headed = new Set(headingsOf(playbook).flatMap((h) => h.match(RULE_ID) ?? []));

  it('has a heading for each of P1 to P16', () => {
    for (let n = 1; n <= 16; n += 1) expect(headed, `P${n}`).toContain(`P${n}`);
  });

  it('has a heading for every rule id in the code and the tests', () => {
    const missing: string[] = [];
    for (const file of codeFiles) {
      for (const id of new Set(read(file).match(RULE_ID) ?? [])) if (!headed.has(id)) missing.push(`${relative(file)}: ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('reads rule ids the way the code writes them', () => {
    const ids = (text: string) => text.match(RULE_ID) ?? [];
    expect(ids("rule: 'P16', key `P14:2022-W03`, (P4-P9), P2a, P2.1")).toEqual(['P16', 'P14', 'P4', 'P9', 'P2a', 'P2.1']);
    expect(ids('P16_IN_PROGRESS HTTP2 MP3 AP10')).toEqual([]);
  });
});

describe('sections cited in the code are headings of the repository docs', () => {
  const docOf: Record<string, string> = {
    playbook: 'docs/playbook.md',
    'playbook.md': 'docs/playbook.md',
    'design.md': 'docs/design.md',
    'architecture.md': 'docs/architecture.md',
  };
  const CITATION = /\b(playbook(?:\.md)?|design\.md|architecture\.md)(?:'s|,)?\s+\(?"([^"]+)"/g;

  it('finds each cited section', () => {
    const missing: string[] = [];
    for (const file of codeFiles) {
      for (const [, doc, section] of read(file).matchAll(CITATION)) {
        const target = path.join(root, docOf[doc!]!);
        if (!headingsOf(target).includes(section!)) missing.push(`${relative(file)}: ${doc} "${section}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites no document outside the repository', () => {
    const outside = [...codeFiles, ...docFiles].filter((f) => /shared\/docs\//.test(read(f))).map(relative);
    expect(outside).toEqual([]);
  });
});

describe('links between the repository docs resolve', () => {
  const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;

  it('every relative link names a file in the repository, and its anchor a heading there', () => {
    const broken: string[] = [];
    for (const file of docFiles) {
      for (const [, href] of read(file).matchAll(LINK)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        const [target = '', anchor] = href!.split('#');
        const resolved = target ? path.resolve(path.dirname(file), target) : file;
        const inside = !path.relative(root, resolved).startsWith('..');
        if (!inside || !existsSync(resolved)) {
          broken.push(`${relative(file)}: ${href} (no such file in the repository)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !headingsOf(resolved).map(slug).includes(anchor))
          broken.push(`${relative(file)}: ${href} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
