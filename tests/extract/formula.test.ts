import { Decimal } from 'decimal.js';
import { agrees, evaluateFormula, type FormulaScope, type SheetValue } from '../../src/extract/formula.js';

type CellSpec = number | string | boolean | null | { f: string } | { error: true };

/** A scope over sheets given as { A1: 5, B2: 'text', C3: { f: 'A1*2' } }. */
function scope(sheets: Record<string, Record<string, CellSpec>>, sheet = Object.keys(sheets)[0]): FormulaScope {
  const value = (spec: CellSpec | undefined): SheetValue => {
    if (spec === undefined || spec === null) return { kind: 'empty' };
    if (typeof spec === 'number') return { kind: 'number', value: spec };
    if (typeof spec === 'string') return { kind: 'text', text: spec };
    if (typeof spec === 'boolean') return { kind: 'bool', value: spec };
    if ('f' in spec) return { kind: 'formula', formula: spec.f };
    return { kind: 'error' };
  };
  const address = (r: number, c: number) => {
    let letters = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${r + 1}`;
  };
  const find = (name: string) => Object.keys(sheets).find((k) => k.toLowerCase() === name.toLowerCase());
  return {
    sheet,
    lookup(name, r, c) {
      const k = find(name);
      return k === undefined ? undefined : value(sheets[k][address(r, c)]);
    },
    bounds(name) {
      const k = find(name);
      return k === undefined ? undefined : { rows: 200, cols: 30 };
    },
  };
}

const cells = {
  Data: {
    A1: 10,
    A2: 20,
    A3: 30.5,
    A4: 'teks',
    A5: null,
    A6: true,
    B1: 1000000,
    B2: 965100,
    C1: { f: 'A1+A2' },
    C2: { f: 'C2+1' },
    D1: { error: true as const },
    E1: '50.000.000,00',
  },
  'Sheet 2': { B3: 7, C3: 0.25 },
  Sheet3: { A1: 100 },
};

const ev = (formula: string, sheets: Record<string, Record<string, CellSpec>> = cells) => {
  const v = evaluateFormula(formula, scope(sheets));
  return v === undefined ? undefined : v.toFixed();
};

describe('evaluateFormula: arithmetic', () => {
  it.each([
    ['1+2*3', '7'],
    ['(1+2)*3', '9'],
    ['=10/4', '2.5'],
    ['-A1+5', '-5'],
    ['--A1', '10'],
    ['+A1', '10'],
    ['2^3', '8'],
    ['-2^2', '4'],
    ['10%', '0.1'],
    ['A1*10%', '1'],
    ['50%*A2', '10'],
    ['1.5e3', '1500'],
    ['.5+.25', '0.75'],
    [' A1 + A2 ', '30'],
    ['0.1+0.2', '0.3'],
    ['1/3*3', '1'],
  ])('%s = %s', (f, want) => {
    expect(ev(f)).toBe(want);
  });

  it('gives exact decimals, not binary floating point', () => {
    expect(ev('A3*3')).toBe('91.5');
    expect(ev('B2/B1*100')).toBe('96.51');
  });
});

describe('evaluateFormula: references', () => {
  it('reads same-sheet cells, with or without $', () => {
    expect(ev('A1+A2')).toBe('30');
    expect(ev('$A$1+A$2+$A3')).toBe('60.5');
    expect(ev('a1*2')).toBe('20');
  });

  it('reads other sheets, quoted or not', () => {
    expect(ev("'Sheet 2'!B3*2")).toBe('14');
    expect(ev('Sheet3!A1/A1')).toBe('10');
    expect(ev("SUM('Sheet 2'!B3:C3)")).toBe('7.25');
    expect(ev('sheet3!$A$1')).toBe('100');
  });

  it('reads a blank cell as 0 and a boolean as 1', () => {
    expect(ev('A5+1')).toBe('1');
    expect(ev('A6+1')).toBe('2');
  });

  it('evaluates a referenced formula that has no saved value', () => {
    expect(ev('C1*2')).toBe('60');
  });

  it('does not evaluate text, errors, missing sheets or circular references', () => {
    expect(ev('A4+1')).toBeUndefined();
    expect(ev('E1*2')).toBeUndefined();
    expect(ev('D1+1')).toBeUndefined();
    expect(ev('Nope!A1+1')).toBeUndefined();
    expect(ev("'No Sheet'!A1")).toBeUndefined();
    expect(ev('C2')).toBeUndefined();
  });
});

describe('evaluateFormula: functions', () => {
  it.each([
    ['SUM(A1:A3)', '60.5'],
    ['SUM(A1:A6)', '60.5'],
    ['SUM(A1,A2,5)', '35'],
    ['SUM(A1:A2,Sheet3!A1,-5)', '125'],
    ['sum(A1:A2)', '30'],
    ['SUM(A2:A1)', '30'],
    ['SUM(A1:B2)', '1965130'],
    ['SUM()', '0'],
    ['SUM(A4)', '0'],
    ['AVERAGE(A1:A2)', '15'],
    ['AVERAGE(A1:A5)', '20.1666666666666666666666666667'],
    ['MIN(A1:A3)', '10'],
    ['MAX(A1:A3,100)', '100'],
    ['MAX(A4:A5)', '0'],
    ['ABS(-A1)', '10'],
    ['ROUND(2.345,2)', '2.35'],
    ['ROUND(-2.345,2)', '-2.35'],
    ['ROUND(1234.5,-2)', '1200'],
    ['ROUND(B2/B1*100,1)', '96.5'],
    ['ROUNDDOWN(2.349,2)', '2.34'],
    ['ROUNDDOWN(-2.349,2)', '-2.34'],
    ['ROUNDDOWN(1299,-2)', '1200'],
    ['ROUNDUP(2.341,2)', '2.35'],
    ['ROUND(A3,0)', '31'],
    ['SUM(A1:A2)/SUM(B1:B1)*100', '0.003'],
    ['ROUND(SUM(A1:A3)*10%,1)', '6.1'],
  ])('%s = %s', (f, want) => {
    expect(ev(f)).toBe(want);
  });

  it('does not evaluate unknown functions, wrong arguments, ranges as values or division by zero', () => {
    expect(ev('IF(A1>1,1,0)')).toBeUndefined();
    expect(ev('SUMIF(A1:A3,">1")')).toBeUndefined();
    expect(ev('VLOOKUP(A1,A1:B2,2,FALSE)')).toBeUndefined();
    expect(ev('ROUND(A1)')).toBeUndefined();
    expect(ev('ABS(A1:A2)')).toBeUndefined();
    expect(ev('A1:A2+1')).toBeUndefined();
    expect(ev('A1/0')).toBeUndefined();
    expect(ev('A1/A5')).toBeUndefined();
    expect(ev('AVERAGE(A4:A5)')).toBeUndefined();
    expect(ev('SUM(D1,A1)')).toBeUndefined();
  });

  it('does not evaluate text literals, comparisons, names or malformed formulas', () => {
    expect(ev('"a"&"b"')).toBeUndefined();
    expect(ev('A1>1')).toBeUndefined();
    expect(ev('Pagu*2')).toBeUndefined();
    expect(ev('TRUE+1')).toBeUndefined();
    expect(ev('(1+2')).toBeUndefined();
    expect(ev('1+')).toBeUndefined();
    expect(ev('1 2')).toBeUndefined();
    expect(ev('#REF!+1')).toBeUndefined();
    expect(ev('A:A')).toBeUndefined();
    expect(ev('[1]Sheet1!A1')).toBeUndefined();
    expect(ev('')).toBeUndefined();
  });

  it('stops at a nesting depth of 50', () => {
    const nested = (n: number) => '('.repeat(n) + '1' + ')'.repeat(n);
    expect(ev(nested(20))).toBe('1');
    expect(ev(nested(60))).toBeUndefined();
    const chain: Record<string, CellSpec> = { A1: 1 };
    for (let i = 2; i <= 80; i++) chain[`A${i}`] = { f: `A${i - 1}+1` };
    expect(ev('A30', { S: chain })).toBe('30');
    expect(ev('A80', { S: chain })).toBeUndefined();
  });
});

describe('agrees', () => {
  it('accepts binary floating-point noise and rejects real differences', () => {
    expect(agrees(new Decimal('0.3'), new Decimal(0.1 + 0.2))).toBe(true);
    expect(agrees(new Decimal('1357900300'), new Decimal('1357900300.0000001'))).toBe(true);
    expect(agrees(new Decimal('1357900300'), new Decimal('1357900000'))).toBe(false);
    expect(agrees(new Decimal('0'), new Decimal('5.55e-17'))).toBe(true);
    expect(agrees(new Decimal('0.9651'), new Decimal('0.9652'))).toBe(false);
  });
});
