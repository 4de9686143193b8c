import { typoOf } from '../facts/subjects.js';

/**
 * Indicator names as the efficiency rule matches them across tables and sentences: the same
 * indicator is printed with other capitals and spaces, "Presentase" for "Persentase", a
 * numbering ("1.", "a."), a typo ("Trantubum", "Pelempahan") or its words in another order.
 */

/** The comparable form of an indicator name: lower case, no numbering or punctuation, one spelling of "persentase". */
export function indicatorKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/\*+/g, ' ').trim();
  s = s.replace(/^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/, '');
  s = s.replace(/\b(?:presentase|prosentase|persentasi|porsentase)\b/g, 'persentase');
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same words in any order ("... Pemerintahan dan Trantibum Umum" / "... Pemerintahan Umum dan Trantibum"). */
function tokenKey(key: string): string {
  return key.split(' ').sort().join(' ');
}

const digitsOf = (key: string) => key.replace(/\D+/g, ' ').trim();

/**
 * Keys of the same indicator with typos: the same words but for one word in four (at least
 * one), each a word of 5 letters or more one edit away (two for 10 letters or more), and the
 * same figures; or the same letters with spaces lost or added ("diKecamatan").
 */
export function closeKeys(a: string, b: string): boolean {
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  if (digitsOf(a) !== digitsOf(b)) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (!typoOf(wa[i], wb[i])) return false;
    differing++;
  }
  return differing <= Math.max(1, Math.floor(wa.length / 4));
}

/**
 * Items filed by indicator name. Exact and reordered names are found through maps; a name
 * with a typo is compared with the distinct names filed (the indicators of one report: a few
 * dozen at most), and the answer is cached.
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly byTokens = new Map<string, string[]>();
  private readonly cache = new Map<string, T[]>();

  add(name: string, item: T): void {
    const key = indicatorKey(name);
    if (!key) return;
    let list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, (list = []));
      const tk = tokenKey(key);
      const keys = this.byTokens.get(tk) ?? [];
      keys.push(key);
      this.byTokens.set(tk, keys);
    }
    list.push(item);
    this.cache.clear();
  }

  /** Everything filed under the name or a name that is the same indicator. */
  get(name: string): T[] {
    const key = indicatorKey(name);
    if (!key) return [];
    const cached = this.cache.get(key);
    if (cached) return cached;
    let keys = this.byTokens.get(tokenKey(key)) ?? [];
    if (keys.length === 0) keys = [...this.byKey.keys()].filter((k) => closeKeys(key, k));
    const out = keys.flatMap((k) => this.byKey.get(k) ?? []);
    this.cache.set(key, out);
    return out;
  }
}
