// A chart on screen as a file to share: an SVG that carries its own colours and fonts (the
// app's stylesheet does not travel with it), or a PNG drawn from that SVG at twice the size.
// Company names can be swapped for "Company A, B, ..." on the way out.

// paint-order and stroke-linejoin too: labels have a halo drawn under their fill, not over it.
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 16;
const HEADING = 28;

/** A standalone copy of `svg`: computed styles written as attributes, a heading and background, names replaced. */
export function standaloneSvg(svg: SVGSVGElement, heading: string, replaceNames: ReadonlyMap<string, string> | null): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i]!;
    const style = getComputedStyle(original);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
  });
  if (replaceNames) {
    for (const text of copy.querySelectorAll('text, title, desc')) {
      const name = replaceNames.get(text.textContent ?? '');
      if (name) text.textContent = name;
    }
  }
  const [, , width = 800, height = 400] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  // A picture shared on its own says what it shows: the card's heading goes above the chart.
  const card = svg.closest('.insights-card') ?? svg;
  const make = (tag: string, attributes: Record<string, string>) => {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const chart = make('g', { transform: `translate(${MARGIN} ${MARGIN + HEADING})` });
  chart.append(...copy.childNodes);
  const style = getComputedStyle(card);
  const title = make('text', {
    x: String(MARGIN),
    y: String(MARGIN + 15),
    'font-family': style.fontFamily,
    'font-size': '16',
    'font-weight': '600',
    fill: style.color,
  });
  title.textContent = heading;
  // The chart sits on the card's surface on screen; a file needs that surface drawn in.
  const background = make('rect', { width: '100%', height: '100%', fill: style.backgroundColor || '#ffffff' });
  const outerWidth = width + 2 * MARGIN;
  const outerHeight = height + HEADING + 2 * MARGIN;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('viewBox', `0 0 ${outerWidth} ${outerHeight}`);
  copy.setAttribute('width', String(outerWidth));
  copy.setAttribute('height', String(outerHeight));
  copy.append(background, title, chart);
  return new XMLSerializer().serializeToString(copy);
}

function download(fileName: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next turn; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}

export function exportSvg(svg: SVGSVGElement, heading: string, baseName: string, replaceNames: ReadonlyMap<string, string> | null): void {
  download(`${baseName}.svg`, new Blob([standaloneSvg(svg, heading, replaceNames)], { type: 'image/svg+xml' }));
}

/** Resolves when the PNG has been handed to the browser; rejects with a sentence if it could not be drawn. */
export async function exportPng(
  svg: SVGSVGElement,
  heading: string,
  baseName: string,
  replaceNames: ReadonlyMap<string, string> | null,
): Promise<void> {
  const text = standaloneSvg(svg, heading, replaceNames);
  const image = new Image();
  // A data: URL, because the page's Content-Security-Policy allows images from 'self' and data: only.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser could not draw the picture; export it as SVG instead.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser could not draw the picture; export it as SVG instead.');
  download(`${baseName}.png`, blob);
}
