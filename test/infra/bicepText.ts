/**
 * A deliberately small reader for the subset of Bicep used in infra/. The Bicep compiler cannot be installed on the
 * build machines, so test/infra checks the templates offline with this. It understands comments, single-quoted
 * strings with ${...} interpolation, brackets, and literal values (for the container list); anything fancier
 * (multi-line ''' strings, the ternary operator) is rejected so a check can never pass by misreading.
 */

export type BicepValue = string | number | boolean | null | BicepValue[] | { [key: string]: BicepValue };

/**
 * Returns the code with comments removed and (unless keepStrings) every string literal's characters replaced by
 * spaces, except the expressions inside ${...}, which stay as code. Offsets are preserved, so positions map back to
 * the source.
 */
export function codeOnly(source: string, keepStrings = false): string {
  if (source.includes("'''")) throw new Error("Multi-line ''' strings are not supported by this reader");
  const out: string[] = [];
  // Each entry: 'string' or the brace depth at which an interpolation started.
  const modes: Array<'string' | number> = [];
  let depth = 0;
  let i = 0;
  const inString = (): boolean => modes[modes.length - 1] === 'string';
  while (i < source.length) {
    const c = source.charAt(i);
    const next = source.charAt(i + 1);
    if (inString()) {
      if (c === '\\') {
        out.push(keepStrings ? source.slice(i, i + 2) : '  ');
        i += 2;
      } else if (c === '$' && next === '{') {
        modes.push(depth);
        out.push('${');
        depth += 1;
        i += 2;
      } else if (c === "'") {
        modes.pop();
        out.push("'");
        i += 1;
      } else {
        out.push(keepStrings || c === '\n' ? c : ' ');
        i += 1;
      }
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < source.length && source.charAt(i) !== '\n') {
        out.push(' ');
        i += 1;
      }
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new Error('Unterminated /* comment');
      for (; i < end + 2; i += 1) out.push(source.charAt(i) === '\n' ? '\n' : ' ');
    } else if (c === "'") {
      modes.push('string');
      out.push("'");
      i += 1;
    } else {
      if (c === '{') depth += 1;
      if (c === '}') {
        depth -= 1;
        const top = modes[modes.length - 1];
        if (typeof top === 'number' && top === depth) modes.pop();
      }
      out.push(c);
      i += 1;
    }
  }
  if (modes.length > 0) throw new Error('Unterminated string or interpolation');
  return out.join('');
}

/** Returns a description of the first bracket problem, or undefined when all brackets match. */
export function bracketProblem(code: string): string | undefined {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: Array<{ char: string; at: number }> = [];
  for (let i = 0; i < code.length; i += 1) {
    const c = code.charAt(i);
    if (c === '(' || c === '[' || c === '{') stack.push({ char: c, at: i });
    else if (c in pairs) {
      const open = stack.pop();
      if (!open || open.char !== pairs[c]) return `unexpected ${c} at line ${lineOf(code, i)}`;
    }
  }
  const open = stack.pop();
  return open ? `unclosed ${open.char} from line ${lineOf(code, open.at)}` : undefined;
}

export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The text from the opening bracket at `openAt` up to and including its matching bracket (in code-only text). */
export function blockAt(code: string, openAt: number): { start: number; end: number } {
  const open = code.charAt(openAt);
  const close = open === '{' ? '}' : open === '[' ? ']' : open === '(' ? ')' : undefined;
  if (!close) throw new Error(`No bracket at ${openAt}`);
  let depth = 0;
  for (let i = openAt; i < code.length; i += 1) {
    const c = code.charAt(i);
    if (c === open) depth += 1;
    if (c === close) {
      depth -= 1;
      if (depth === 0) return { start: openAt, end: i + 1 };
    }
  }
  throw new Error(`Unclosed ${open} at line ${lineOf(code, openAt)}`);
}

/** Finds `<prefix>` (a regex, not matched inside comments) followed by a bracket, and returns that block's source. */
export function findBlock(source: string, prefix: RegExp): string {
  const code = codeOnly(source);
  const match = new RegExp(prefix.source + String.raw`\s*([\[{])`, 'm').exec(codeOnly(source, true));
  if (!match) throw new Error(`No block for ${prefix}`);
  const openAt = match.index + match[0].length - 1;
  const { start, end } = blockAt(code, openAt);
  return source.slice(start, end);
}

export interface Declarations {
  params: Map<string, { hasDefault: boolean }>;
  vars: Set<string>;
  resources: Set<string>;
  modules: Map<string, string>;
  outputs: Set<string>;
  loopVariables: Set<string>;
}

export function declarations(source: string): Declarations {
  const code = codeOnly(source);
  const result: Declarations = {
    params: new Map(),
    vars: new Set(),
    resources: new Set(),
    modules: new Map(),
    outputs: new Set(),
    loopVariables: new Set(),
  };
  for (const m of code.matchAll(/^param\s+([A-Za-z_]\w*)\s+\w+(\s*=)?/gm)) {
    result.params.set(m[1] ?? '', { hasDefault: Boolean(m[2]) });
  }
  for (const m of code.matchAll(/^var\s+([A-Za-z_]\w*)\s*=/gm)) result.vars.add(m[1] ?? '');
  for (const m of code.matchAll(/^resource\s+([A-Za-z_]\w*)\s+'/gm)) result.resources.add(m[1] ?? '');
  for (const m of source.matchAll(/^module\s+([A-Za-z_]\w*)\s+'([^']+)'/gm)) result.modules.set(m[1] ?? '', m[2] ?? '');
  for (const m of code.matchAll(/^output\s+([A-Za-z_]\w*)\s+\w+\s*=/gm)) result.outputs.add(m[1] ?? '');
  for (const m of code.matchAll(/\bfor\s+(?:\(\s*([A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)\s*\)|([A-Za-z_]\w*))\s+in\b/g)) {
    for (const name of [m[1], m[2], m[3]]) if (name) result.loopVariables.add(name);
  }
  return result;
}

const KEYWORDS = new Set([
  'param', 'var', 'resource', 'module', 'output', 'existing', 'for', 'in', 'if', 'true', 'false', 'null',
  'string', 'int', 'bool', 'object', 'array', 'targetScope', 'metadata', 'import', 'type', 'func',
]);

/**
 * Identifiers used as values that are not declared in the file: the "undeclared param" check. Object keys
 * (`name:`), property accesses (`.name`), function names (`guid(`) and the names in declarations are not uses.
 */
export function undeclaredIdentifiers(source: string): string[] {
  const code = codeOnly(source);
  // `??` (coalesce) and `.?` (safe access) are fine; a lone `?` is a ternary, whose `a : b` would look like a key.
  if (code.replace(/\?\?|\.\?/g, '').includes('?')) {
    throw new Error('The ternary operator is not supported by this reader');
  }
  const d = declarations(source);
  const known = new Set<string>([
    ...d.params.keys(), ...d.vars, ...d.resources, ...d.modules.keys(), ...d.loopVariables,
  ]);
  const unknown = new Set<string>();
  for (const m of code.matchAll(/[A-Za-z_]\w*/g)) {
    const name = m[0];
    const at = m.index ?? 0;
    const before = code.slice(Math.max(0, at - 1), at);
    const after = code.slice(at + name.length);
    const lineStart = code.lastIndexOf('\n', at) + 1;
    const linePrefix = code.slice(lineStart, at);
    if (/[\w.@]/.test(before)) continue;
    if (/^\s*[:(]/.test(after)) continue;
    if (KEYWORDS.has(name)) continue;
    // Declaration names and the type after a param/output name.
    if (/^(param|var|resource|module|output)\s+$/.test(linePrefix)) continue;
    if (/^(param|output)\s+\w+\s+$/.test(linePrefix)) continue;
    if (!known.has(name)) unknown.add(`${name} (line ${lineOf(code, at)})`);
  }
  return [...unknown];
}

/** Parses a Bicep literal (objects, arrays, strings without interpolation, numbers, booleans, null). */
export function parseLiteral(text: string): BicepValue {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`Bicep literal: ${what} at offset ${i}: ${text.slice(i, i + 30)}`);
  };
  const skip = (): void => {
    while (i < text.length) {
      if (/\s/.test(text.charAt(i))) i += 1;
      else if (text.startsWith('//', i)) while (i < text.length && text.charAt(i) !== '\n') i += 1;
      else break;
    }
  };
  const value = (): BicepValue => {
    skip();
    const c = text.charAt(i);
    if (c === '{') {
      i += 1;
      const obj: { [key: string]: BicepValue } = {};
      for (;;) {
        skip();
        if (text.charAt(i) === '}') {
          i += 1;
          return obj;
        }
        const key = /^(?:([A-Za-z_]\w*)|'([^'\\$]*)')\s*:/.exec(text.slice(i));
        if (!key) return fail('expected key');
        i += key[0].length;
        obj[key[1] ?? key[2] ?? ''] = value();
        skip();
        if (text.charAt(i) === ',') i += 1;
      }
    }
    if (c === '[') {
      i += 1;
      const arr: BicepValue[] = [];
      for (;;) {
        skip();
        if (text.charAt(i) === ']') {
          i += 1;
          return arr;
        }
        arr.push(value());
        skip();
        if (text.charAt(i) === ',') i += 1;
      }
    }
    if (c === "'") {
      const str = /^'((?:[^'\\$]|\\.)*)'/.exec(text.slice(i));
      if (!str) return fail('unsupported string (interpolation?)');
      i += str[0].length;
      return (str[1] ?? '').replace(/\\(.)/g, '$1');
    }
    const word = /^(-?\d+(?:\.\d+)?|true|false|null)/.exec(text.slice(i));
    if (!word) return fail('unsupported expression');
    i += word[0].length;
    const w = word[1] ?? '';
    return w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(w);
  };
  const result = value();
  skip();
  if (i < text.length) fail('trailing text');
  return result;
}

/** The names of the top-level keys of an object block's source `{ ... }`. */
export function topLevelKeys(objectSource: string): string[] {
  const code = codeOnly(objectSource);
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < code.length; i += 1) {
    const c = code.charAt(i);
    if (c === '{' || c === '[' || c === '(') depth += 1;
    else if (c === '}' || c === ']' || c === ')') depth -= 1;
    else if (depth === 1 && /[A-Za-z_]/.test(c) && !/[\w.]/.test(code.charAt(i - 1))) {
      const m = /^([A-Za-z_]\w*)\s*:/.exec(code.slice(i));
      if (m && m[1]) {
        keys.push(m[1]);
        i += m[1].length - 1;
      }
    }
  }
  return keys;
}
