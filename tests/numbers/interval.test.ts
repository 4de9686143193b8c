import { Decimal } from 'decimal.js';
import {
  agrees,
  inputInterval,
  Interval,
  statedInterval,
  statedIntervalOf,
} from '../../src/numbers/interval.js';
import { parseNumber, type ParsedNumber } from '../../src/numbers/parse.js';

const p = (text: string): ParsedNumber => {
  const n = parseNumber(text);
  if (!n) throw new Error(`unparsable ${text}`);
  return n;
};
const d = (v: string) => new Decimal(v);
const bounds = (i: Interval) => [i.lo.toFixed(), i.hi.toFixed()];

describe('statedInterval', () => {
  test('95,21 is 95.218 truncated: accepted under round-or-truncate, not under round', () => {
    expect(statedInterval(p('95,21'), 'round-or-truncate').contains(d('95.218'))).toBe(true);
    expect(statedInterval(p('95,21'), 'round').contains(d('95.218'))).toBe(false);
  });

  test('82,84 accepts 82.835 (rounded half up) under both policies', () => {
    expect(statedInterval(p('82,84'), 'round').contains(d('82.835'))).toBe(true);
    expect(statedInterval(p('82,84'), 'round-or-truncate').contains(d('82.835'))).toBe(true);
    expect(statedInterval(p('82,84'), 'round').contains(d('82.8349'))).toBe(false);
  });

  test('bounds of rounding and truncation intervals', () => {
    expect(bounds(statedInterval(p('95,21'), 'round'))).toEqual(['95.205', '95.215']);
    expect(bounds(statedInterval(p('95,21'), 'round-or-truncate'))).toEqual(['95.205', '95.22']);
    expect(bounds(statedInterval(p('87'), 'round'))).toEqual(['86.5', '87.5']);
  });

  test('truncation of a negative value goes toward zero', () => {
    expect(bounds(statedIntervalOf(d('-1.5'), 1, 'round-or-truncate'))).toEqual(['-1.6', '-1.45']);
    expect(statedIntervalOf(d('-1.5'), 1, 'round-or-truncate').contains(d('-1.58'))).toBe(true);
    expect(statedIntervalOf(d('-1.5'), 1, 'round').contains(d('-1.58'))).toBe(false);
  });
});

describe('inputInterval', () => {
  test('integers and money with ",00" are exact', () => {
    expect(inputInterval(p('1.357.900.300')).isExact()).toBe(true);
    expect(inputInterval(p('10.156.509.099,00')).isExact()).toBe(true);
  });

  test('a figure with decimals stands for its rounding interval', () => {
    expect(bounds(inputInterval(p('96,51')))).toEqual(['96.505', '96.515']);
    expect(inputInterval(p('96,51')).isExact()).toBe(false);
  });
});

describe('sums and ratios', () => {
  test('a sum of exact amounts agrees with its stated total only when equal', () => {
    const parts = ['1.000.000', '2.500.000', '357.900.300'].map((t) => inputInterval(p(t)));
    const sum = parts.reduce((a, b) => a.add(b));
    expect(agrees(p('361.400.300'), sum, 'round')).toBe(true);
    expect(agrees(p('361.400.301'), sum, 'round')).toBe(false);
  });

  test('a sum of rounded figures is an interval', () => {
    const sum = inputInterval(p('1,25')).add(inputInterval(p('2,25')));
    expect(bounds(sum)).toEqual(['3.49', '3.51']);
    expect(agrees(p('3,51'), sum, 'round')).toBe(true);
    expect(agrees(p('3,52'), sum, 'round')).toBe(false);
  });

  test('realisation / budget ratio checked against a truncated percentage', () => {
    const ratio = inputInterval(p('10.156.509.099,00'))
      .div(inputInterval(p('10.524.299.300')))!
      .times(100);
    // 96.5053...%: rounded 96,51, truncated 96,50.
    expect(agrees(p('96,51 %'), ratio, 'round')).toBe(true);
    expect(agrees(p('96,50 %'), ratio, 'round')).toBe(false);
    expect(agrees(p('96,50 %'), ratio, 'round-or-truncate')).toBe(true);
    expect(agrees(p('96,52 %'), ratio, 'round-or-truncate')).toBe(false);
    expect(agrees(p('96,5 %'), ratio, 'round')).toBe(true);
  });

  test('truncated percentage agrees only under round-or-truncate', () => {
    const ratio = Interval.exact('95218').div(Interval.exact('100000'))!.times(100);
    expect(agrees(p('95,21%'), ratio, 'round-or-truncate')).toBe(true);
    expect(agrees(p('95,21%'), ratio, 'round')).toBe(false);
  });

  test('division by an interval containing zero is undefined', () => {
    expect(Interval.exact(5).div(new Interval(d('-1'), d('1')))).toBeUndefined();
    expect(Interval.exact(5).div(inputInterval(p('0')))).toBeUndefined();
  });

  test('subtraction widens the interval', () => {
    const diff = inputInterval(p('5,5')).sub(inputInterval(p('2,5')));
    expect(bounds(diff)).toEqual(['2.9', '3.1']);
  });
});
