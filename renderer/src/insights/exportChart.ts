// A chart on screen as a file to share: an SVG that carries its own colours and fonts (the
// app's stylesheet does not travel with it), or a PNG drawn from that SVG at twice the size.
// Company names can be swapped for "Company A, B, ..." on the way out.

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

/** A standalone copy of `svg`: computed styles written as attributes, a background, names replaced. */
export function standaloneSvg(svg: SVGSVGElement, replaceNames: ReadonlyMap<string, string> | null): string {
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
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 800 400').split(/\s+/).map(Number);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // The chart sits on the card's surface on screen; a file needs that surface drawn in.
  const surface = getComputedStyle(svg.closest('.insights-card') ?? svg).backgroundColor;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', surface || '#ffffff');
  copy.insertBefore(background, copy.firstChild);
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

export function exportSvg(svg: SVGSVGElement, baseName: string, replaceNames: ReadonlyMap<string, string> | null): void {
  download(`${baseName}.svg`, new Blob([standaloneSvg(svg, replaceNames)], { type: 'image/svg+xml' }));
}

/** Resolves when the PNG has been handed to the browser; rejects with a sentence if it could not be drawn. */
export async function exportPng(svg: SVGSVGElement, baseName: string, replaceNames: ReadonlyMap<string, string> | null): Promise<void> {
  const text = standaloneSvg(svg, replaceNames);
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
