/**
 * A YAML syntax error, placed where the mistake is. The parser notices an unclosed `[`, `{` or quote
 * only where the next line no longer fits ("deficient indentation" on the line after); the mistake is
 * the opener, so that is where we point, and we say what to add.
 */
import type { YAMLException } from 'js-yaml';
import type { MappingProblem } from './mapping-error.js';

interface Opener {
  char: '[' | '{' | '"' | "'";
  offset: number;
}

const CLOSER: Record<Opener['char'], string> = { '[': ']', '{': '}', '"': '"', "'": "'" };
const WHAT: Record<Opener['char'], string> = {
  '[': 'the list opened with [ here is never closed: add ] after its last item',
  '{': 'the mapping opened with { here is never closed: add } after its last entry',
  '"': 'the text quoted with " here is never closed: add the closing "',
  "'": "the text quoted with ' here is never closed: add the closing '",
};

export function yamlSyntaxProblem(error: YAMLException, text: string, file: string): MappingProblem {
  const mark = error.mark;
  const line = (mark?.line ?? 0) + 1;
  const offset = mark?.position ?? text.length;
  // Only these say "something was still open": elsewhere a multi-line flow list is legal and the error is its own.
  const opener = /deficient indentation|end of the stream/.test(error.reason) ? unclosedOpener(text, offset) : undefined;
  if (opener) {
    const at = positionOf(text, opener.offset);
    if (at.line < line) return { file, ...at, message: `this is not valid YAML: ${WHAT[opener.char]}` };
  }
  return { file, line, column: (mark?.column ?? 0) + 1, message: `this is not valid YAML: ${error.reason}` };
}

/**
 * The innermost flow collection or quoted scalar still open at `end`, by a light scan that knows
 * comments, quotes, flow brackets and block scalars (enough to find an opener; the parser judged the rest).
 */
export function unclosedOpener(text: string, end: number): Opener | undefined {
  const stack: Opener[] = [];
  let i = 0;
  let lineStart = 0;
  const top = () => stack[stack.length - 1];
  /** A token starts after a line's indentation, a space, or a flow indicator. */
  const atTokenStart = (at: number) => {
    const before = text[at - 1];
    return at === lineStart || before === ' ' || before === '\t' || before === '[' || before === '{' || before === ',';
  };
  while (i < end && i < text.length) {
    const c = text[i];
    const open = top();
    if (open?.char === '"') {
      if (c === '\\') i++;
      else if (c === '"') stack.pop();
    } else if (open?.char === "'") {
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") stack.pop();
    } else if (c === '#' && atTokenStart(i)) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    } else if ((c === '"' || c === "'" || c === '[' || c === '{') && atTokenStart(i)) {
      stack.push({ char: c, offset: i });
    } else if ((c === ']' || c === '}') && open && CLOSER[open.char] === c) {
      stack.pop();
    } else if ((c === '|' || c === '>') && !open && atTokenStart(i) && /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(restOfLine(text, i))) {
      i = endOfBlockScalar(text, lineStart);
      lineStart = i;
      continue;
    }
    if (text[i] === '\n') lineStart = i + 1;
    i++;
  }
  return top();
}

function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** Offset of the first line after a block scalar whose header is on the line starting at `headerLine`. */
function endOfBlockScalar(text: string, headerLine: number): number {
  const indent = (line: string) => line.length - line.trimStart().length;
  const header = restOfLine(text, headerLine);
  let at = text.indexOf('\n', headerLine);
  if (at < 0) return text.length;
  at++;
  while (at < text.length) {
    const line = restOfLine(text, at);
    if (line.trim() !== '' && indent(line) <= indent(header)) break;
    at += line.length + 1;
    if (text[at - 1] === '\r') at++;
  }
  return Math.min(at, text.length);
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
