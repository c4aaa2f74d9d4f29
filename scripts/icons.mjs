#!/usr/bin/env node
// Renders the app icon from its one SVG source into every file the packagers and the tray
// need, so the icons can never drift from the design:
//   build/icons/<n>x<n>.png   Linux (electron-builder reads the folder), and the sizes below
//   build/icon.png            1024 px, electron-builder's default
//   build/icon.ico            Windows (installer, executable, taskbar)
//   build/icon.icns           macOS (dock, Finder)
//   build/tray/*.png          the tray: the colour icon, and a black "template" for macOS
// Usage: node scripts/icons.mjs [--out <dir>]   (default: build/ next to this script)
// The output is deterministic: the same SVG gives byte-identical files, so a test can
// re-render into a temp folder and compare with what is committed.
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** @param {Buffer} svg @param {number} size */
function renderPng(svg, size) {
  // No fonts: the icon has no text, and skipping the system font scan keeps this fast and
  // independent of the machine it runs on.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** @param {Buffer | null} result @param {string} what */
function required(result, what) {
  if (!result) throw new Error(`png2icons could not create ${what}`);
  return result;
}

/**
 * Every icon file, by its path relative to the output folder.
 * @param {{ appSvg: Buffer; traySvg: Buffer }} sources
 * @returns {Map<string, Buffer>}
 */
export function renderIcons({ appSvg, traySvg }) {
  const files = new Map();
  for (const size of APP_ICON_SIZES) files.set(`icons/${size}x${size}.png`, renderPng(appSvg, size));
  const largest = /** @type {Buffer} */ (files.get('icons/1024x1024.png'));
  files.set('icon.png', largest);
  // BICUBIC2 keeps small sizes sharper than the default bilinear; 0 colours = true colour.
  // ICO entries as PNG (Vista and later), with the BMP entries Windows wants for the .exe.
  files.set('icon.ico', required(png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true), 'icon.ico'));
  files.set('icon.icns', required(png2icons.createICNS(largest, png2icons.BICUBIC2, 0), 'icon.icns'));
  // nativeImage picks the @2x file on high-density screens.
  files.set('tray/tray.png', renderPng(appSvg, 16));
  files.set('tray/tray@2x.png', renderPng(appSvg, 32));
  files.set('tray/trayTemplate.png', renderPng(traySvg, 16));
  files.set('tray/trayTemplate@2x.png', renderPng(traySvg, 32));
  return files;
}

async function main() {
  const outFlag = process.argv.indexOf('--out');
  const outArg = outFlag === -1 ? null : process.argv[outFlag + 1];
  if (outFlag !== -1 && !outArg) throw new Error('--out needs a folder: node scripts/icons.mjs --out <dir>');
  const outDir = outArg ? path.resolve(outArg) : path.join(root, 'build');
  const files = renderIcons({
    appSvg: await readFile(path.join(root, 'build', 'icon.svg')),
    traySvg: await readFile(path.join(root, 'build', 'tray-template.svg')),
  });
  for (const [name, bytes] of files) {
    const target = path.join(outDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  console.log(`icons: ${files.size} files written to ${path.relative(process.cwd(), outDir) || '.'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`icons: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
