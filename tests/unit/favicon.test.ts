/**
 * public/favicon.ico (written by scripts/favicon.ts) is a real icon file: an ICONDIR of type 1,
 * and each ICONDIRENTRY points at a whole PNG whose size is the one the entry states.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ICO = readFileSync(fileURLToPath(new URL('../../public/favicon.ico', import.meta.url)));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('public/favicon.ico', () => {
  test('has an icon header with at least one image', () => {
    expect(ICO.readUInt16LE(0)).toBe(0);
    expect(ICO.readUInt16LE(2)).toBe(1);
    expect(ICO.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
  });

  test('each entry holds a PNG of the size it states, within the file and without overlap', () => {
    const count = ICO.readUInt16LE(4);
    let end = 6 + 16 * count;
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i;
      const width = ICO.readUInt8(at) || 256;
      const height = ICO.readUInt8(at + 1) || 256;
      const length = ICO.readUInt32LE(at + 8);
      const offset = ICO.readUInt32LE(at + 12);
      expect(offset, `image ${i} starts after the previous one`).toBeGreaterThanOrEqual(end);
      expect(offset + length, `image ${i} ends within the file`).toBeLessThanOrEqual(ICO.length);
      const png = ICO.subarray(offset, offset + length);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `image ${i} is a PNG`).toBe(true);
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `image ${i}'s PNG size`).toEqual([width, height]);
      expect(png.toString('latin1', length - 8, length - 4), `image ${i} ends with IEND`).toBe('IEND');
      sizes.push(width);
      end = offset + length;
    }
    expect(sizes).toContain(32);
    expect(sizes).toContain(16);
  });
});
