// Fetching a posting by address with a fake fetch: https only, redirects re-checked and
// bounded, no credentials, a size cap.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fetchPostingPage } from '../../../../node/services/capture/fetch-posting.ts';

const page = readFileSync(fileURLToPath(new URL('../../../fixtures/capture/posting-graph.html', import.meta.url)), 'utf8');

describe('fetchPostingPage', () => {
  it('follows an https redirect without cookies and returns the final page', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fake = async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return url.endsWith('/short')
        ? new Response(null, { status: 301, headers: { location: '/careers/staff-engineer' } })
        : new Response(page, { status: 200 });
    };
    const result = await fetchPostingPage('https://jobs.example/short', fake);
    expect(result.url).toBe('https://jobs.example/careers/staff-engineer');
    expect(result.html).toContain('JobPosting');
    expect(seen.map((s) => [s.init.redirect, s.init.credentials])).toEqual([
      ['manual', 'omit'],
      ['manual', 'omit'],
    ]);
  });

  it('refuses http, a redirect to http, endless redirects and pages over the cap', async () => {
    await expect(fetchPostingPage('http://jobs.example/x')).rejects.toThrow(
      'Afterview only fetches https:// pages; save the page and drop the file instead.',
    );
    const toHttp = async () => new Response(null, { status: 302, headers: { location: 'http://jobs.example/x' } });
    await expect(fetchPostingPage('https://jobs.example/a', toHttp)).rejects.toThrow(/only fetches https/);
    const loop = async () => new Response(null, { status: 302, headers: { location: '/again' } });
    await expect(fetchPostingPage('https://jobs.example/a', loop)).rejects.toThrow(
      'The page redirected more than 5 times, so Afterview stopped following it.',
    );
    const big = async () => new Response('x'.repeat(2_000), { status: 200 });
    await expect(fetchPostingPage('https://jobs.example/a', big, { maxBytes: 1_000, timeoutMs: 1_000, maxRedirects: 5 })).rejects.toThrow(
      /larger than/,
    );
  });

  it('says the page answered an error status', async () => {
    await expect(fetchPostingPage('https://jobs.example/a', async () => new Response('', { status: 404 }))).rejects.toThrow(
      'The page answered 404; check the address, or save the page and drop the file.',
    );
  });
});
