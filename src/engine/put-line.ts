/**
 * Reads a line of the state journal, leaving a ledger entry's children unparsed: the ledger keeps
 * them on disk (ledger-table.ts), and parsing them was most of the time a rerun spent opening its
 * state (each child id is a new property name for JSON.parse to intern: 5 µs of a 5.5 µs line).
 *
 * A put line, as JSON.stringify writes it, is `{"t":"put","e":…,"id":…,"tid":…,"h":…,"c":{…},…}`.
 * Its `c` member is cut out only when the members before it are plain strings and `c` itself is an
 * object of strings to strings, both checked here as strictly as JSON.parse would; the rest is then
 * parsed by JSON.parse. So a line is read only if JSON.parse would read it whole: a damaged one is
 * refused as before. Anything else (another shape, spaces, an older writer) is parsed whole.
 */

/** Stands for children left on disk: the entry had a non-empty `c`. */
export const CHILDREN_ON_DISK: Readonly<Record<string, string>> = Object.freeze({});

const PUT = '{"t":"put",';
const CHILDREN = ',"c":{';
const QUOTE = 34;
const BACKSLASH = 92;

/** JSON.parse of `line`, except that a put entry's non-empty `c` is CHILDREN_ON_DISK. */
export function parseJournalLine(line: string): unknown {
  if (!line.startsWith(PUT)) return JSON.parse(line);
  const cut = line.indexOf(CHILDREN);
  if (cut === -1 || !plainMembersUpTo(line, cut)) return JSON.parse(line);
  const end = stringObjectEnd(line, cut + CHILDREN.length - 1);
  if (end === -1) return JSON.parse(line);
  const entry = JSON.parse(line.slice(0, cut) + line.slice(end)) as Record<string, unknown>;
  // A second `c` after the cut would win in JSON.parse: read such a line whole.
  if (Object.hasOwn(entry, 'c')) return JSON.parse(line);
  entry.c = end - cut > CHILDREN.length + 1 ? CHILDREN_ON_DISK : {};
  return entry;
}

/** True when line[1, cut) is `"key":"value"` members, each followed by a comma (the last one's is at `cut`). */
function plainMembersUpTo(line: string, cut: number): boolean {
  let at = 1;
  while (at < cut) {
    at = stringEnd(line, at);
    if (at === -1 || line.charCodeAt(at) !== 58 /* : */) return false;
    at = stringEnd(line, at + 1);
    if (at === -1) return false;
    if (at === cut) return true;
    if (line.charCodeAt(at) !== 44 /* , */) return false;
    at++;
  }
  return false;
}

/** Where the object of strings to strings that opens at `at` ends (just after its `}`), or -1. */
function stringObjectEnd(line: string, at: number): number {
  if (line.charCodeAt(at) !== 123 /* { */) return -1;
  at++;
  if (line.charCodeAt(at) === 125 /* } */) return at + 1;
  for (;;) {
    at = stringEnd(line, at);
    if (at === -1 || line.charCodeAt(at) !== 58 /* : */) return -1;
    at = stringEnd(line, at + 1);
    if (at === -1) return -1;
    const next = line.charCodeAt(at);
    if (next === 125 /* } */) return at + 1;
    if (next !== 44 /* , */) return -1;
    at++;
  }
}

/** Where the JSON string that opens at `at` ends (just after its closing quote), or -1 if it is not one. */
function stringEnd(line: string, at: number): number {
  if (line.charCodeAt(at) !== QUOTE) return -1;
  for (let i = at + 1; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === QUOTE) return i + 1;
    if (code < 0x20) return -1;
    if (code !== BACKSLASH) continue;
    const escaped = line.charCodeAt(++i);
    if (escaped === 117 /* u */) {
      for (let k = 1; k <= 4; k++) if (!isHex(line.charCodeAt(i + k))) return -1;
      i += 4;
    } else if (!ESCAPES.has(escaped)) return -1;
  }
  return -1;
}

/** " \ / b f n r t */
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
