// Fetching a job posting page by its address, carefully: https only, no cookies or
// credentials, a few redirects at most (each one checked again), a time limit and a size
// cap, so a pasted link cannot make Afterview wait forever, fill memory or leave https.
import { CaptureReadError } from './ics.ts';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const POSTING_LIMITS: FetchLimits = { maxBytes: 3 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

function httpsUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CaptureReadError("That is not a web address; paste the posting's https:// address.");
  }
  if (url.protocol !== 'https:')
    throw new CaptureReadError('Afterview only fetches https:// pages; save the page and drop the file instead.');
  return url;
}

async function bodyUpTo(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new CaptureReadError(
        `The page is larger than ${Math.max(1, Math.round(maxBytes / 1024 / 1024))} MB, so it was not read; save the page and drop the file instead.`,
      );
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The page's HTML and its final address. */
export async function fetchPostingPage(
  address: string,
  fetchImpl: Fetch = fetch,
  limits: FetchLimits = POSTING_LIMITS,
): Promise<{ url: string; html: string }> {
  let url = httpsUrl(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      const response = await fetchImpl(url.href, { redirect: 'manual', credentials: 'omit', signal, headers: { accept: 'text/html' } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        url = httpsUrl(new URL(response.headers.get('location')!, url).href);
        continue;
      }
      if (!response.ok)
        throw new CaptureReadError(`The page answered ${response.status}; check the address, or save the page and drop the file.`);
      return { url: url.href, html: await bodyUpTo(response, limits.maxBytes) };
    }
  } catch (error) {
    if (error instanceof CaptureReadError) throw error;
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
      throw new CaptureReadError('The page took too long to answer; try again, or save the page and drop the file.');
    }
    throw new CaptureReadError('The page could not be fetched; check the address and your connection, or save the page and drop the file.');
  }
  throw new CaptureReadError(`The page redirected more than ${limits.maxRedirects} times, so Afterview stopped following it.`);
}
