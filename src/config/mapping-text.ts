/**
 * The mapping file's bytes as text. YAML is UTF-8 here: a Latin-1 file decoded leniently turns `é`
 * into U+FFFD and a team or agent name silently stops matching, so a byte that is not UTF-8 is
 * refused, with where it is. The size is bounded: the pull-request workflow validates a PR's own file.
 */
import type { MappingProblem } from './mapping-error.js';

/** Far above any real mapping file (a 10,000-agent table is about 600 KB), far below what hurts. */
export const MAX_MAPPING_BYTES = 2 * 1024 * 1024;

export type MappingText = { ok: true; text: string } | { ok: false; problem: MappingProblem };

export function decodeMappingText(bytes: Uint8Array, file: string): MappingText {
  if (bytes.length > MAX_MAPPING_BYTES) {
    return {
      ok: false,
      problem: { file, message: `the mapping file is larger than ${MAX_MAPPING_BYTES} bytes (2 MiB), the most a mapping file may be: is this the right file?` },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // Everything before the bad byte is valid UTF-8: its text gives the line and column.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const column = before.length - lineStart + 1;
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: {
        file,
        line,
        column,
        message: `the mapping file is not UTF-8 text: byte 0x${hex} here is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8`,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      // Overlongs, surrogates and code points above U+10FFFF are ill-formed (Unicode table 3-7).
      const second = bytes[i + 1] ?? 0;
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return i;
      for (let k = 2; k < length; k++) {
        const next = bytes[i + k] ?? 0;
        if (next < 0x80 || next > 0xbf) return i;
      }
    }
    i += length;
  }
  return bytes.length;
}
