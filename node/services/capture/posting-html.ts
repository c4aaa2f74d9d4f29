// A job posting page's saved HTML: its schema.org JSON-LD blocks, parsed one by one so a
// broken block (pages do ship them) does not hide a good one.
import { jobPostingFrom } from '../../../shared/capture/posting.ts';
import type { CapturedPosting } from '../../../shared/capture/types.ts';
import { CaptureReadError } from './ics.ts';

const LD_JSON = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;

function canonicalUrl(html: string): string {
  const link =
    /<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return link && /^https?:\/\//.test(link[1]!) ? link[1]! : '';
}

export function readPostingHtml(html: string, pageUrl = ''): CapturedPosting {
  const values: unknown[] = [];
  for (const [, body] of html.matchAll(LD_JSON)) {
    try {
      values.push(JSON.parse(body!.trim().replace(/^<!--|-->$/g, '')));
    } catch {
      // Skipped: the next block may hold the posting.
    }
  }
  const posting = jobPostingFrom(values, pageUrl || canonicalUrl(html));
  if (!posting)
    throw new CaptureReadError(
      'This page has no job posting data: Afterview reads the schema.org JobPosting (JSON-LD) that job sites put in their pages.',
    );
  return posting;
}
