import { Decimal } from 'decimal.js';

/**
 * A small evaluator of spreadsheet formulas, enough to recompute the figures of an LKjIP
 * workbook from the cells they reference: + − * / ^, unary minus, parentheses, numbers,
 * percent literals (10%), cell references (A1, $A$1, Sheet2!B3, 'Sheet 2'!B3), ranges inside
 * functions, and SUM, AVERAGE, MIN, MAX, ABS, ROUND, ROUNDDOWN, ROUNDUP.
 *
 * Anything else (text, comparisons, unknown functions, names, errors, whole-column ranges,
 * circular references, nesting deeper than 50) is not evaluated: the result is `undefined`,
 * never a guess.
 */

/** What a referenced cell holds, as the evaluator sees it. */
export type SheetValue =
  | { kind: 'number'; value: Decimal | number | string }
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error' }
  /** A formula cell without a cached value: evaluated in turn (up to the depth limit). */
  | { kind: 'formula'; formula: string };

/** Access to the workbook's cells. Rows and columns are 0-based. */
export interface FormulaScope {
  /** The sheet the formula stands in. */
  sheet: string;
  /** The value of a cell; `undefined` when the sheet does not exist. */
  lookup(sheet: string, row: number, col: number): SheetValue | undefined;
  /** Last used row and column of a sheet (0-based), to clip large ranges. */
  bounds?(sheet: string): { rows: number; cols: number } | undefined;
}

export const MAX_DEPTH = 50;
const MAX_CELLS = 1_000_000;

/** Precise enough for sums of money and for ratios; results are compared at 1e-9 relative. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

class NotEvaluable extends Error {}

const fail = (why: string): never => {
  throw new NotEvaluable(why);
};

/** Evaluate a formula (with or without its leading "="); `undefined` when it cannot be. */
export function evaluateFormula(formula: string, scope: FormulaScope): Decimal | undefined {
  try {
    const v = evaluate(formula, scope, 0);
    // 30 significant digits: 1/3*3 is 1, not 0.999…
    return new Decimal(v.toSignificantDigits(30).toString());
  } catch (err) {
    if (err instanceof NotEvaluable) return undefined;
    throw err;
  }
}

function evaluate(formula: string, scope: FormulaScope, depth: number): Dec {
  if (depth > MAX_DEPTH) fail('too deep');
  const tokens = tokenize(formula.trim().replace(/^=/, ''));
  const parser = new Parser(tokens, scope, depth);
  const v = parser.expression(0);
  if (!parser.done()) fail('trailing tokens');
  return v;
}

// ---- tokens -------------------------------------------------------------------------

interface RefToken {
  type: 'ref';
  sheet?: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

type Token =
  | { type: 'num'; value: Dec }
  | RefToken
  | { type: 'func'; name: string }
  | { type: 'op'; op: '+' | '-' | '*' | '/' | '^' | '%' | '(' | ')' | ',' };

const CELL = '\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})';
const SHEET_REF = new RegExp(`^(?:'((?:[^']|'')+)'|([A-Za-z_\\u00C0-\\uFFFF][\\w.\\u00C0-\\uFFFF]*))!${CELL}(?::${CELL})?(?![\\w(!])`);
const LOCAL_REF = new RegExp(`^${CELL}(?::${CELL})?(?![\\w(!.])`);
const FUNC = /^([A-Za-z_][\w.]*)\s*\(/;
const NUMBER = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function refToken(sheet: string | undefined, m: string[], at: number): RefToken {
  const c1 = columnIndex(m[at]);
  const r1 = Number(m[at + 1]) - 1;
  const c2 = m[at + 2] ? columnIndex(m[at + 2]) : c1;
  const r2 = m[at + 3] ? Number(m[at + 3]) - 1 : r1;
  if (r1 < 0 || r2 < 0 || c1 > 16383 || c2 > 16383) fail('bad reference');
  return { type: 'ref', sheet, r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = SHEET_REF.exec(rest))) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      tokens.push(refToken(sheet, m, 3));
    } else if ((m = FUNC.exec(rest))) {
      tokens.push({ type: 'func', name: m[1].toUpperCase() });
    } else if ((m = LOCAL_REF.exec(rest))) {
      tokens.push(refToken(undefined, m, 1));
    } else if ((m = NUMBER.exec(rest))) {
      tokens.push({ type: 'num', value: new D(m[0]) });
    } else if ('+-*/^%(),'.includes(rest[0])) {
      tokens.push({ type: 'op', op: rest[0] as '+' });
      i += 1;
      continue;
    } else {
      // Text literals, comparisons, "&", names, errors, array constants, "[1]" links...
      return fail(`unsupported: ${rest.slice(0, 10)}`);
    }
    i += m[0].length;
  }
  return tokens;
}

// ---- parser and evaluation ------------------------------------------------------------

/** A function argument: a plain value, or the cells of a reference given as is. */
type Arg = { kind: 'value'; value: Dec } | { kind: 'cells'; values: SheetValue[]; scopeSheet: string };

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly scope: FormulaScope,
    private readonly depth: number,
  ) {}

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(op: string, t = this.peek()): boolean {
    return t !== undefined && t.type === 'op' && t.op === op;
  }

  private expect(op: string): void {
    if (!this.isOp(op)) fail(`expected ${op}`);
    this.pos++;
  }

  /** expression := term (('+' | '-') term)* */
  expression(nesting: number): Dec {
    if (nesting > MAX_DEPTH) fail('too deep');
    let v = this.term(nesting);
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.pos++] as { op: string }).op;
      const w = this.term(nesting);
      v = op === '+' ? v.plus(w) : v.minus(w);
    }
    return v;
  }

  /** term := power (('*' | '/') power)* */
  private term(nesting: number): Dec {
    let v = this.power(nesting);
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.tokens[this.pos++] as { op: string }).op;
      const w = this.power(nesting);
      if (op === '/') {
        if (w.isZero()) fail('#DIV/0!');
        v = v.div(w);
      } else v = v.times(w);
    }
    return v;
  }

  /** power := unary ('^' unary)*  (Excel: -2^2 = 4, the sign binds first) */
  private power(nesting: number): Dec {
    let v = this.unary(nesting);
    while (this.isOp('^')) {
      this.pos++;
      const w = this.unary(nesting);
      if (!w.isInteger() || w.abs().gt(1000)) fail('unsupported power');
      if (v.isZero() && w.isNeg()) fail('#DIV/0!');
      v = v.pow(w);
    }
    return v;
  }

  /** unary := ('-' | '+') unary | postfix */
  private unary(nesting: number): Dec {
    if (this.isOp('-') || this.isOp('+')) {
      const neg = this.isOp('-');
      this.pos++;
      if (nesting + 1 > MAX_DEPTH) fail('too deep');
      const v = this.unary(nesting + 1);
      return neg ? v.neg() : v;
    }
    let v = this.primary(nesting);
    while (this.isOp('%')) {
      this.pos++;
      v = v.div(100);
    }
    return v;
  }

  private primary(nesting: number): Dec {
    const t = this.peek();
    if (!t) return fail('unexpected end');
    this.pos++;
    switch (t.type) {
      case 'num':
        return t.value;
      case 'ref':
        return this.scalarOfRef(t);
      case 'func':
        return this.call(t.name, nesting + 1);
      case 'op':
        if (t.op === '(') {
          const v = this.expression(nesting + 1);
          this.expect(')');
          return v;
        }
        return fail(`unexpected ${t.op}`);
    }
  }

  private call(name: string, nesting: number): Dec {
    if (nesting > MAX_DEPTH) fail('too deep');
    const args: Arg[] = [];
    if (this.isOp(')')) this.pos++;
    else {
      for (;;) {
        args.push(this.argument(nesting));
        if (this.isOp(',')) {
          this.pos++;
          continue;
        }
        this.expect(')');
        break;
      }
    }
    switch (name) {
      case 'SUM':
        return this.numbers(args).reduce((a, b) => a.plus(b), new D(0));
      case 'AVERAGE': {
        const xs = this.numbers(args);
        if (xs.length === 0) fail('#DIV/0!');
        return xs.reduce((a, b) => a.plus(b), new D(0)).div(xs.length);
      }
      case 'MIN':
      case 'MAX': {
        const xs = this.numbers(args);
        if (xs.length === 0) return new D(0);
        return name === 'MIN' ? D.min(...xs) : D.max(...xs);
      }
      case 'ABS':
        return this.scalars(args, 1)[0].abs();
      case 'ROUND':
      case 'ROUNDDOWN':
      case 'ROUNDUP': {
        const [x, n] = this.scalars(args, 2);
        const mode = name === 'ROUND' ? D.ROUND_HALF_UP : name === 'ROUNDDOWN' ? D.ROUND_DOWN : D.ROUND_UP;
        return roundAt(x, n.trunc().toNumber(), mode);
      }
      default:
        return fail(`unknown function ${name}`);
    }
  }

  /** A reference standing alone as an argument keeps its cells (SUM ignores text in them). */
  private argument(nesting: number): Arg {
    const t = this.peek();
    const next = this.tokens[this.pos + 1];
    if (t?.type === 'ref' && (this.isOp(',', next) || this.isOp(')', next))) {
      this.pos++;
      return { kind: 'cells', values: this.cells(t), scopeSheet: t.sheet ?? this.scope.sheet };
    }
    return { kind: 'value', value: this.expression(nesting) };
  }

  /** Numbers for SUM/AVERAGE/MIN/MAX: text, booleans and blanks inside references are skipped. */
  private numbers(args: Arg[]): Dec[] {
    const out: Dec[] = [];
    for (const a of args) {
      if (a.kind === 'value') {
        out.push(a.value);
        continue;
      }
      for (const v of a.values) {
        const n = this.numberOf(v, a.scopeSheet, true);
        if (n) out.push(n);
      }
    }
    return out;
  }

  private scalars(args: Arg[], count: number): Dec[] {
    if (args.length !== count) fail('wrong argument count');
    return args.map((a) => {
      if (a.kind === 'value') return a.value;
      if (a.values.length !== 1) return fail('range used as a value');
      return this.numberOf(a.values[0], a.scopeSheet, false) ?? new D(0);
    });
  }

  private scalarOfRef(t: RefToken): Dec {
    if (t.r1 !== t.r2 || t.c1 !== t.c2) fail('range used as a value');
    const [v] = this.cells(t);
    return this.numberOf(v, t.sheet ?? this.scope.sheet, false) ?? new D(0);
  }

  /**
   * The number a cell holds. In a range (`lenient`) text and booleans are skipped
   * (undefined); used directly, a blank is 0, a boolean 1 or 0, and text is not evaluated.
   */
  private numberOf(v: SheetValue, sheet: string, lenient: boolean): Dec | undefined {
    switch (v.kind) {
      case 'number':
        return new D(v.value.toString());
      case 'empty':
        return lenient ? undefined : new D(0);
      case 'bool':
        return lenient ? undefined : new D(v.value ? 1 : 0);
      case 'text':
        return lenient ? undefined : fail('text used as a number');
      case 'error':
        return fail('error value');
      case 'formula':
        return evaluate(v.formula, { ...this.scope, sheet }, this.depth + 1);
    }
  }

  private cells(t: RefToken): SheetValue[] {
    const sheet = t.sheet ?? this.scope.sheet;
    let { r2, c2 } = t;
    const b = this.scope.bounds?.(sheet);
    if (b) {
      r2 = Math.min(r2, b.rows);
      c2 = Math.min(c2, b.cols);
    }
    if (r2 >= t.r1 && c2 >= t.c1 && (r2 - t.r1 + 1) * (c2 - t.c1 + 1) > MAX_CELLS) fail('range too large');
    const out: SheetValue[] = [];
    for (let r = t.r1; r <= r2; r++) {
      for (let c = t.c1; c <= c2; c++) {
        const v = this.scope.lookup(sheet, r, c);
        if (v === undefined) return fail(`no sheet ${sheet}`);
        out.push(v);
      }
    }
    // A reference to a missing sheet must fail even when the range lies beyond its bounds.
    if (out.length === 0 && this.scope.lookup(sheet, t.r1, t.c1) === undefined) fail(`no sheet ${sheet}`);
    return out;
  }
}

/** ROUND / ROUNDDOWN / ROUNDUP at n decimals; a negative n rounds to tens, hundreds... */
function roundAt(x: Dec, n: number, mode: Decimal.Rounding): Dec {
  if (Math.abs(n) > 100) fail('unsupported precision');
  if (n >= 0) return x.toDecimalPlaces(n, mode);
  const unit = new D(10).pow(-n);
  return x.div(unit).toDecimalPlaces(0, mode).times(unit);
}

/**
 * Whether a computed result agrees with the value the spreadsheet saved: within 1e-9 of
 * the larger of the two (binary floating point), or both negligibly small.
 */
export function agrees(computed: Decimal, cached: Decimal): boolean {
  const diff = computed.minus(cached).abs();
  const scale = Decimal.max(computed.abs(), cached.abs());
  return diff.lte(scale.times(1e-9)) || diff.lt(1e-10);
}
