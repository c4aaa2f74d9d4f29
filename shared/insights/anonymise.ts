// For sharing a picture of the search without naming employers: each company becomes
// "Company A", "Company B", ... in the order it first appears, the same name for the same company.
import type { Insights } from './insights.ts';

/** 0 -> A, 25 -> Z, 26 -> AA: spreadsheet column letters, so any number of companies gets a name. */
export function letterName(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Company ${letters}`;
}

export function anonymiseInsights(insights: Insights): Insights {
  const names = new Map<string, string>();
  const nameOf = (company: string) => {
    const key = company.trim().toLowerCase();
    if (!names.has(key)) names.set(key, letterName(names.size));
    return names.get(key)!;
  };
  return {
    ...insights,
    promises: { ...insights.promises, items: insights.promises.items.map((p) => ({ ...p, company: nameOf(p.company) })) },
  };
}
