// The Sankey of the search: applied -> heard back / no answer -> interview rounds ->
// offer / rejected / withdrawn / went quiet / still open. Each application walks one path
// through every stage it passed, so a node's inflow is what leaves it plus what ends there.
import type { History } from './history.ts';
import { heardBack } from './history.ts';

export interface SankeyNode {
  id: string;
  label: string;
}

export interface SankeyLink {
  source: string;
  target: string;
  value: number;
}

export interface Sankey {
  nodes: SankeyNode[];
  links: SankeyLink[];
}

/** Rounds beyond this are drawn as one "Round 3 or more" node, so the picture stays readable. */
export const MAX_ROUND_NODES = 3;

const roundId = (n: number) => `round_${n}`;
const roundLabel = (n: number) => (n === 1 ? 'First interview' : n === MAX_ROUND_NODES ? `Round ${n} or more` : `Round ${n}`);

// Every node the picture can have, in the order a reader meets them (left to right, top to bottom).
const NODES: SankeyNode[] = [
  { id: 'applied', label: 'Applied' },
  { id: 'heard_back', label: 'Heard back' },
  { id: 'no_answer', label: 'No answer' },
  ...Array.from({ length: MAX_ROUND_NODES }, (_, i) => ({ id: roundId(i + 1), label: roundLabel(i + 1) })),
  { id: 'offer', label: 'Offer' },
  { id: 'rejected', label: 'Rejected' },
  { id: 'withdrawn', label: 'Withdrawn' },
  { id: 'went_quiet', label: 'Went quiet' },
  { id: 'open', label: 'Still open' },
];

/** The nodes one application passes through, in order. */
export function pathOf(h: History): string[] {
  if (!heardBack(h)) {
    // Closed with no answer ends at "No answer"; withdrawing or still waiting goes on.
    if (h.ending === 'withdrawn') return ['applied', 'no_answer', 'withdrawn'];
    if (h.ending === 'open') return ['applied', 'no_answer', 'open'];
    return ['applied', 'no_answer'];
  }
  const rounds = Math.min(h.interviews.length, MAX_ROUND_NODES);
  const ending = h.ending === 'no_response' ? 'went_quiet' : h.ending;
  return ['applied', 'heard_back', ...Array.from({ length: rounds }, (_, i) => roundId(i + 1)), ending];
}

export function sankeyOf(histories: readonly History[]): Sankey {
  const values = new Map<string, number>();
  const used = new Set<string>();
  for (const h of histories) {
    const path = pathOf(h);
    for (const id of path) used.add(id);
    for (let i = 1; i < path.length; i++) {
      const key = `${path[i - 1]}\u0000${path[i]}`;
      values.set(key, (values.get(key) ?? 0) + 1);
    }
  }
  const order = new Map(NODES.map((n, i) => [n.id, i]));
  const links = [...values.entries()]
    .map(([key, value]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, value };
    })
    .sort((a, b) => order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)!);
  return { nodes: NODES.filter((n) => used.has(n.id)), links };
}
