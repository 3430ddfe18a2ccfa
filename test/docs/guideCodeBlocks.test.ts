/**
 * Runs every ```ts block of every guide (docs/*.md and the README) and checks the values they print.
 *
 * Each block is self-contained: it is written to a temporary module under this folder with its
 * `clientele/<area>` imports pointed at `src/<area>/index`, and run. A top-level one-line expression
 * statement followed by a `//` comment is a check when the comment is a value:
 *
 * - `expr; // 12.5`, `expr; // ['a', 1]`, `expr; // { lower: 3, upper: 7 }`: the comment (up to two
 *   spaces, after which a remark may follow) is read as a JavaScript literal and compared deeply with
 *   the value of `expr` (numbers exactly, objects with exactly the keys written);
 * - `0.5010…` in a value: a number shown to those decimals (rounded or cut: 0.50104 and 0.50109 both fit);
 * - `{ a: 1, … }` / `[1, 2, …]`: only the keys / leading elements written are compared;
 * - `expr; // throws CODE: message`: `expr` must throw a clientele error with that code and message;
 * - a value too long for one line continues on the next comment lines that start with `//` and two or
 *   more spaces (or on the comment lines under an `expr;` without a comment of its own).
 *
 * A comment that starts like a literal (a digit, `-`, a quote, `[`, `{`, `true`, `false`, `null`) must
 * parse as one, so a typo cannot turn a check into prose; a comment that reads as prose is not compared
 * (the line is still run). `GUIDE_PRINT=1` prints the actual value of every expression line (to write
 * the guides); `GUIDE_KEEP=1` keeps the generated modules (to type-check them with `tsc`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
/**
 * Every guide in docs/ and the README. docs/README.md is the table of contents (no code).
 * `GUIDES=docs/clv.md,README.md` runs only those.
 */
const SKIP = new Set(['docs/README.md']);
const GUIDES =
  process.env['GUIDES']?.split(',') ??
  [
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`)
      .filter((guide) => !SKIP.has(guide)),
    'README.md',
  ];
const outDir = join(here, `.guide-blocks-${process.pid}`);

/** What a checked line expects. */
type Expectation =
  | { readonly kind: 'value'; readonly value: unknown; readonly text: string }
  | { readonly kind: 'throws'; readonly code: string; readonly message: string | null; readonly text: string }
  | { readonly kind: 'run'; readonly text: string };

interface Check {
  readonly id: number;
  readonly line: number;
  readonly expression: string;
  readonly expect: Expectation;
}

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly source: string;
}

// ---------------------------------------------------------------------------------------------------
// Reading the guides

function blocksOf(guide: string): Block[] {
  const lines = readFileSync(join(root, guide), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j]!.trim() !== '```') j++;
    blocks.push({ guide, line: start + 1, source: lines.slice(start, j).join('\n') });
    i = j;
  }
  return blocks;
}

const STATEMENT_KEYWORDS = /^(import|export|const|let|var|type|interface|function|async|for|while|do|if|else|return|throw|class|enum|declare|try|catch|finally|switch|case|default|break|continue)\b/;

/** The code and comment of a line (a `//` outside strings), or null for the comment. */
function splitComment(line: string): { code: string; comment: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && line[i + 1] === '/') return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2).trim() };
  }
  return { code: line.trimEnd(), comment: null };
}

/** Whether brackets balance in `code` (strings skipped). */
function balanced(code: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  return depth === 0 && quote === null;
}

/** A top-level one-line expression statement: its expression, else null. */
function expressionOf(code: string): string | null {
  if (code === '' || /^\s/.test(code) || !code.endsWith(';')) return null;
  if (STATEMENT_KEYWORDS.test(code) || /^[)\]}/*]/.test(code) || !balanced(code)) return null;
  return code.slice(0, -1);
}

// ---------------------------------------------------------------------------------------------------
// Reading an expected value: a literal-only expression, evaluated from its syntax tree

const PREFIX = Symbol('prefix');
const REST = Symbol('rest');
type Prefix = { readonly [PREFIX]: string };

function evaluateLiteral(node: ts.Node): unknown {
  if (ts.isParenthesizedExpression(node)) return evaluateLiteral(node.expression);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node) && node.text === 'undefined') return undefined;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const v = evaluateLiteral(node.operand);
    if (typeof v === 'number') return -v;
    if (typeof v === 'object' && v !== null && PREFIX in v) return { [PREFIX]: `-${(v as Prefix)[PREFIX]}` };
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === '__prefix') {
    return { [PREFIX]: (node.arguments[0] as ts.StringLiteral).text };
  }
  if (ts.isArrayLiteralExpression(node)) {
    const out: unknown[] = [];
    let rest = false;
    for (const e of node.elements) {
      if (ts.isIdentifier(e) && e.text === '__rest') rest = true;
      else out.push(evaluateLiteral(e));
    }
    return rest ? Object.assign(out, { [REST]: true }) : out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string | symbol, unknown> = {};
    for (const p of node.properties) {
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === '__rest') out[REST] = true;
      else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) {
        out[p.name.text] = evaluateLiteral(p.initializer);
      } else throw new Error(`not a literal property: ${p.getText()}`);
    }
    return out;
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

/** The value written in a comment, or undefined-with-flag when it is not a literal. */
function parseValue(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const marked = text
    .replace(/(\d+(?:\.\d+)?)…/g, "__prefix('$1')")
    .replace(/,\s*…\s*([}\]])/g, ', __rest $1')
    .replace(/([{[])\s*…\s*([}\]])/g, '$1 __rest $2');
  if (marked.includes('…')) return { ok: false, error: 'contains an ellipsis that is not a number prefix or a rest marker' };
  const file = ts.createSourceFile('value.ts', `(${marked});`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (diagnostics.length > 0 || file.statements.length !== 1) return { ok: false, error: 'does not parse' };
  const statement = file.statements[0]!;
  if (!ts.isExpressionStatement(statement)) return { ok: false, error: 'is not an expression' };
  try {
    return { ok: true, value: evaluateLiteral(statement.expression) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

const LOOKS_LIKE_VALUE = /^(-?\d|['"`[{]|true\b|false\b|null\b|undefined\b)/;

function expectationOf(comment: string): Expectation {
  const throwsMatch = /^throws ([A-Z_]+)(?::\s*(.*))?$/s.exec(comment);
  if (throwsMatch) return { kind: 'throws', code: throwsMatch[1]!, message: throwsMatch[2]?.trim() ?? null, text: comment };
  if (!LOOKS_LIKE_VALUE.test(comment)) return { kind: 'run', text: comment };
  const whole = parseValue(comment);
  if (whole.ok) return { kind: 'value', value: whole.value, text: comment };
  const head = comment.split(/\s{2,}/)[0]!;
  const first = parseValue(head);
  if (first.ok) return { kind: 'value', value: first.value, text: head };
  if (comment.includes('…') && !/\d…|…\s*[}\]]/.test(comment)) return { kind: 'run', text: comment };
  throw new Error(`the comment "${comment}" looks like a value but ${first.error}`);
}

// ---------------------------------------------------------------------------------------------------
// Turning a block into a module

function rewriteImports(imports: string, file: string): string {
  return imports.replace(/from\s+'clientele(?:\/([a-z]+))?'/g, (_m, area: string | undefined) => {
    const target = join(root, 'src', area ?? '', 'index');
    let rel = relative(dirname(file), target).split('\\').join('/');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `from '${rel}'`;
  });
}

function compile(block: Block, file: string): { module: string; checks: Check[] } {
  const lines = block.source.split('\n');
  const importLines: string[] = [];
  const body: string[] = [];
  const checks: Check[] = [];
  let inImport = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inImport || /^import\s/.test(line)) {
      importLines.push(line);
      inImport = !/from\s+'[^']+';\s*$/.test(line) && !/^import\s+'[^']+';/.test(line);
      continue;
    }
    const { code, comment } = splitComment(line);
    const expression = expressionOf(code);
    if (expression === null) {
      body.push(line);
      continue;
    }
    const parts = comment === null ? [] : [comment];
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const continues = comment === null ? /^\s*\/\//.test(next) : /^\/\/\s{2,}/.test(next);
      if (!continues) break;
      parts.push(next.replace(/^\s*\/\//, '').trim());
      body.push(next);
      i++;
    }
    const text = parts.join(' ').trim();
    const expectation: Expectation = text === '' ? { kind: 'run', text } : expectationOf(text);
    const id = checks.length;
    checks.push({ id, line: block.line + i, expression, expect: expectation });
    body.push(
      expectation.kind === 'throws' ? `__throws(${id}, () => { ${expression}; });` : `__check(${id}, () => (${expression}));`,
    );
  }
  const module = [
    rewriteImports(importLines.join('\n'), file),
    'export default async function __block(',
    '  __check: (id: number, run: () => unknown) => void,',
    '  __throws: (id: number, run: () => unknown) => void,',
    '): Promise<void> {',
    body.join('\n'),
    '}',
    '',
  ].join('\n');
  return { module, checks };
}

// ---------------------------------------------------------------------------------------------------
// Comparing

function mismatch(actual: unknown, expected: unknown, path: string): string | null {
  if (typeof expected === 'object' && expected !== null && PREFIX in expected) {
    const text = (expected as Prefix)[PREFIX];
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    const cut = typeof actual !== 'number' ? '' : decimals === 0 ? String(Math.trunc(actual)) : actual.toFixed(decimals + 3).slice(0, -3);
    const shown = typeof actual === 'number' && (actual.toFixed(decimals) === text || cut === text);
    if (!shown) {
      return `${path}: expected ${text}…, got ${inspect(actual)}`;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${inspect(actual)}`;
    const rest = (expected as { [REST]?: boolean })[REST] === true;
    if (rest ? actual.length < expected.length : actual.length !== expected.length) {
      return `${path}: expected length ${expected.length}${rest ? '+' : ''}, got ${actual.length}: ${inspect(actual, { depth: 4, breakLength: Infinity })}`;
    }
    for (let k = 0; k < expected.length; k++) {
      const m = mismatch(actual[k], expected[k], `${path}[${k}]`);
      if (m !== null) return m;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${path}: expected an object, got ${inspect(actual)}`;
    const rest = (expected as { [REST]?: boolean })[REST] === true;
    const keys = Object.keys(expected);
    if (!rest) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k) && (actual as Record<string, unknown>)[k] !== undefined);
      if (extra.length > 0) return `${path}: unexpected keys ${extra.join(', ')} in ${inspect(actual, { depth: 4, breakLength: Infinity })}`;
    }
    for (const k of keys) {
      const m = mismatch((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
      if (m !== null) return m;
    }
    return null;
  }
  if (typeof expected === 'number' && typeof actual === 'number') return actual === expected ? null : `${path}: expected ${expected}, got ${actual}`;
  return Object.is(actual, expected) ? null : `${path}: expected ${inspect(expected)}, got ${inspect(actual)}`;
}

/** A value written as the guides write it (`['a', 1]`, `{ lower: 3 }`), for GUIDE_PRINT. */
function literal(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${literal(x)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(v);
}

// ---------------------------------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
afterAll(() => {
  if (process.env['GUIDE_KEEP'] === undefined) rmSync(outDir, { recursive: true, force: true });
});

let compared = 0;

for (const guide of GUIDES) {
  describe(guide, () => {
    const blocks = blocksOf(guide);
    it('has code blocks', () => {
      expect(blocks.length).toBeGreaterThan(0);
    });
    blocks.forEach((block, b) => {
      it(`block at line ${block.line}`, async () => {
        const file = join(outDir, `${guide.replace(/[^a-z]/g, '_')}_${b}.ts`);
        const { module, checks } = compile(block, file);
        writeFileSync(file, module);
        const results = new Map<number, { value?: unknown; error?: unknown }>();
        const run = (await import(/* @vite-ignore */ file)) as { default: (c: unknown, t: unknown) => Promise<void> };
        await run.default(
          (id: number, f: () => unknown) => results.set(id, { value: f() }),
          (id: number, f: () => unknown) => {
            try {
              f();
              results.set(id, {});
            } catch (error) {
              results.set(id, { error });
            }
          },
        );
        const problems: string[] = [];
        for (const c of checks) {
          const r = results.get(c.id);
          if (process.env['GUIDE_PRINT'] !== undefined) {
            const shown = r?.error !== undefined ? `throws ${(r.error as { code?: string }).code}: ${(r.error as Error).message}` : literal(r?.value);
            console.log(`GUIDE_VALUE ${JSON.stringify({ guide, line: c.line, shown })}`);
          }
          if (r === undefined) {
            problems.push(`line ${c.line}: \`${c.expression}\` did not run`);
            continue;
          }
          if (c.expect.kind === 'run') continue;
          compared++;
          if (c.expect.kind === 'throws') {
            const e = r.error as { code?: unknown; message?: unknown } | undefined;
            if (e === undefined) problems.push(`line ${c.line}: \`${c.expression}\` did not throw`);
            else if (e.code !== c.expect.code) problems.push(`line ${c.line}: expected code ${c.expect.code}, got ${String(e.code)} (${String(e.message)})`);
            else if (c.expect.message !== null && e.message !== c.expect.message) {
              problems.push(`line ${c.line}: expected message\n  ${c.expect.message}\ngot\n  ${String(e.message)}`);
            }
            continue;
          }
          const m = mismatch(r.value, c.expect.value, c.expression);
          if (m !== null) problems.push(`line ${c.line}: ${m}`);
        }
        expect(problems, `${guide}, block at line ${block.line}`).toEqual([]);
      });
    });
  });
}

describe('the guides', () => {
  it('compare enough printed values to matter', () => {
    if (process.env['GUIDES'] === undefined) expect(compared).toBeGreaterThan(300);
  });
});
