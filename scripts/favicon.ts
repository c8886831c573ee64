/**
 * Writes public/favicon.ico from public/favicon.svg: browsers ask for /favicon.ico on a first
 * visit whatever the page links. Chromium renders the SVG at 32×32 and 16×16 (transparent
 * background); the ICO holds both as PNG images (Windows Vista and later, every current browser).
 *
 *   node scripts/favicon.ts        (after changing public/favicon.svg; commit the .ico)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

const SVG = fileURLToPath(new URL('../public/favicon.svg', import.meta.url));
const ICO = fileURLToPath(new URL('../public/favicon.ico', import.meta.url));
export const SIZES = [32, 16] as const;

export interface IcoImage {
  size: number;
  png: Buffer;
}

/** An ICO container (ICONDIR, one ICONDIRENTRY per image, then the PNG bytes), images in the given order. */
export function icoFile(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = Buffer.alloc(16 * images.length);
  let offset = header.length + entries.length;
  images.forEach(({ size, png }, i) => {
    const at = 16 * i;
    entries.writeUInt8(size >= 256 ? 0 : size, at); // width (0 means 256)
    entries.writeUInt8(size >= 256 ? 0 : size, at + 1); // height
    entries.writeUInt8(0, at + 2); // colours in the palette: none
    entries.writeUInt8(0, at + 3); // reserved
    entries.writeUInt16LE(1, at + 4); // colour planes
    entries.writeUInt16LE(32, at + 6); // bits per pixel
    entries.writeUInt32LE(png.length, at + 8);
    entries.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...images.map((image) => image.png)]);
}

async function render(): Promise<IcoImage[]> {
  const svg = readFileSync(SVG, 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const images: IcoImage[] = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}" alt="">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      images.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    return images;
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const ico = icoFile(await render());
  writeFileSync(ICO, ico);
  console.log(`${ICO}: ${ico.length} bytes (${SIZES.join(', ')} px)`);
}
