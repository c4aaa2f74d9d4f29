// Positions for the Sankey, from d3-sankey (layout) and d3-shape (the link bands): the
// numbers come from shared/insights, the geometry from the libraries, none of it by hand.
import { sankey, type SankeyLink as D3Link, type SankeyNode as D3Node } from 'd3-sankey';
import { linkHorizontal } from 'd3-shape';
import type { Sankey } from '../../../shared/insights/index.ts';

type NodeExtra = { id: string; label: string };
type LinkExtra = { source: string; target: string; value: number };
export type LaidNode = D3Node<NodeExtra, LinkExtra>;
export type LaidLink = D3Link<NodeExtra, LinkExtra>;

// About the width the card gives the chart at 1440 px, so its 13 px labels show at 13 px.
export const SANKEY_WIDTH = 720;
export const SANKEY_HEIGHT = 360;
/** Room on the right for the labels of the last column. */
const LABEL_ROOM = 140;

export interface SankeyPicture {
  nodes: (LaidNode & { x0: number; x1: number; y0: number; y1: number })[];
  links: { link: LaidLink; path: string; width: number }[];
}

const bandPath = linkHorizontal<LaidLink, [number, number]>()
  .source((l) => [(l.source as LaidNode).x1!, l.y0!])
  .target((l) => [(l.target as LaidNode).x0!, l.y1!]);

export function layOutSankey(data: Sankey): SankeyPicture {
  if (data.links.length === 0) return { nodes: [], links: [] };
  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((n) => n.id)
    // Keep shared/insights' order (offer above rejected above still open) rather than d3's guess.
    .nodeSort(null)
    .nodeWidth(14)
    .nodePadding(18)
    .extent([
      [1, 8],
      [SANKEY_WIDTH - LABEL_ROOM, SANKEY_HEIGHT - 8],
    ]);
  // d3-sankey writes into what it is given; copies keep the insights object untouched.
  const graph = layout({ nodes: data.nodes.map((n) => ({ ...n })), links: data.links.map((l) => ({ ...l })) });
  return {
    nodes: graph.nodes as SankeyPicture['nodes'],
    links: graph.links.map((link) => ({ link, path: bandPath(link) ?? '', width: Math.max(1, link.width ?? 1) })),
  };
}
