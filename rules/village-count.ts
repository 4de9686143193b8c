import { parseCountWords } from '../src/counts/words.js';
import type { Rule } from '../src/engine/types.js';
import type { Block, ReportUnit } from '../src/model/index.js';
import { nameKey, regions, type District, type Regency, type RegionIndex, type Village } from '../src/regions/index.js';
import { excerptAround, findMentions, longestName, segmentWhere } from '../src/regions/mentions.js';
import { sentenceStart } from '../src/regions/position.js';
import { unitRegion } from '../src/regions/unit.js';

/**
 * "terdiri dari 4 (empat) kelurahan", "Kecamatan X dan 4 Kelurahan yang ada": the number of
 * kelurahan/desa of the reporting unit's kecamatan (or of kecamatan, kelurahan, desa of the
 * regency, for a regency's agency) must be the number in the official list.
 */
const rule: Rule = {
  meta: {
    id: 'village-count',
    family: 'names',
    defaultSeverity: 'error',
    description: {
      id: 'Jumlah kelurahan/desa (atau kecamatan) wilayah unit yang disebut laporan harus sama dengan daftar resmi Kemendagri.',
      en: "The number of kelurahan/desa (or kecamatan) of the unit's own region stated in the report must match the official Kemendagri list.",
    },
    docs: 'docs/rules/village-count.md',
    messages: {
      mismatch: {
        id: '{where}: laporan menyebut {owner} memiliki {actual} {noun}, padahal menurut daftar resmi Kemendagri {owner} memiliki {expected} {noun}{names}{all}.',
        en: '{where}: the report states that {owner} has {actual} {nounEn}, but in the official Kemendagri list {owner} has {expected} {nounEn}{names}{allEn}.',
      },
    },
  },
  check(ctx) {
    const unit = ctx.doc.report.metadata.unit;
    if (!unit.type || !unit.name) return;
    const idx = regions();
    const own = ownRegion(idx, unit, ctx.doc.blocks);
    if (!own) return;
    for (const block of ctx.doc.blocks) {
      if (block.kind !== 'paragraph') continue;
      const counts = countsIn(block.text);
      let previous: { stated: StatedCount; owner?: Owner } | undefined;
      for (const stated of counts) {
        // "terdiri dari 27 kecamatan, 301 desa dan 30 kelurahan": a count chained to the one
        // before it is of the same owner.
        const chained = previous && /^\s*(?:,|;|dan|serta|,\s*dan|,\s*serta)\s*$/i.test(block.text.slice(previous.stated.end, stated.start));
        const owner = chained ? previous!.owner : ownerOf(idx, own, block.text, stated, counts);
        previous = { stated, owner };
        if (!owner) continue;
        const official = officialCount(idx, owner, stated.noun);
        if (!official || official.accepted.includes(stated.value)) continue;
        const names = official.names.length && official.names.length <= 12 ? ` (${official.names.join(', ')})` : '';
        ctx.report({
          messageId: 'mismatch',
          data: {
            where: segmentWhere({ text: block.text, kind: 'paragraph', loc: block.loc, block }, ctx.lang),
            owner: owner.label,
            actual: stated.printed,
            expected: String(official.count),
            noun: NOUN_ID[stated.noun],
            nounEn: NOUN_EN[stated.noun],
            names,
            all: official.total !== official.count ? `, ${official.total} desa/kelurahan seluruhnya` : '',
            allEn: official.total !== official.count ? `, ${official.total} desa/kelurahan in all` : '',
          },
          location: block.loc,
          expected: String(official.count),
          actual: String(stated.value),
          excerpt: excerptAround(block.text, stated.start, stated.end),
        });
      }
    }
  },
};

export default rule;

type Noun = 'kelurahan' | 'desa' | 'desa/kelurahan' | 'kecamatan';

const NOUN_ID: Record<Noun, string> = { kelurahan: 'kelurahan', desa: 'desa', 'desa/kelurahan': 'desa/kelurahan', kecamatan: 'kecamatan' };
const NOUN_EN: Record<Noun, string> = { kelurahan: 'kelurahan', desa: 'desa (villages)', 'desa/kelurahan': 'desa/kelurahan', kecamatan: 'kecamatan (districts)' };

// --- the unit's own region -----------------------------------------------------------------

interface OwnRegion {
  /** A kecamatan's report: its kecamatan. A regency's agency (dinas, badan, ...): its regency. */
  district?: District;
  regency: Regency;
}

function ownRegion(idx: RegionIndex, unit: ReportUnit, blocks: readonly Block[]): OwnRegion | undefined {
  const t = (unit.type ?? '').toLowerCase();
  // A kelurahan/desa reports about itself, not about a count of villages.
  if (t === 'kelurahan' || t === 'desa') return undefined;
  const { regency, district } = unitRegion(idx, unit, blocks);
  if (!regency) return undefined;
  if (t === 'kecamatan') return district ? { district, regency } : undefined;
  return { regency };
}

interface Owner {
  label: string;
  district?: District;
  regency?: Regency;
}

function officialCount(idx: RegionIndex, owner: Owner, noun: Noun): { count: number; total: number; accepted: number[]; names: string[] } | undefined {
  if (noun === 'kecamatan') {
    if (!owner.regency || owner.district) return undefined;
    const all = idx.districtsOf(owner.regency.code);
    return { count: all.length, total: all.length, accepted: [all.length], names: all.map((d) => d.name) };
  }
  const villages: Village[] = owner.district ? idx.villagesOf(owner.district.code) : owner.regency ? idx.villagesOfRegency(owner.regency.code) : [];
  if (!villages.length) return undefined;
  const kel = villages.filter((v) => v.kind === 'kelurahan');
  const desa = villages.filter((v) => v.kind === 'desa');
  const pick = noun === 'kelurahan' ? kel : noun === 'desa' ? desa : villages;
  // Reports often call every village "desa" (or "kelurahan"): the total is accepted too.
  const accepted = [pick.length, villages.length];
  return { count: pick.length, total: villages.length, accepted, names: pick.map((v) => v.name) };
}

// --- counts in a sentence ------------------------------------------------------------------

export interface StatedCount {
  value: number;
  noun: Noun;
  /** As printed: "4 (empat)". */
  printed: string;
  start: number;
  end: number;
}

const NUMBER_WORD = '(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|belas|puluh|ratus)';
const COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3})(?:\\s*\\(\\s*(${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)\\s*\\))?|(${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*))\\s+(?:buah\\s+|unit\\s+)?` +
    `(desa\\s*(?:\\/|dan|atau)\\s*kelurahan|kelurahan\\s*(?:\\/|dan|atau)\\s*desa|kelurahan|desa|kecamatan|distrik)(?![\\p{L}])`,
  'giu',
);

/** Every "N kelurahan", "N (words) desa", "words kecamatan", "N desa/kelurahan" of a text. */
export function countsIn(text: string): StatedCount[] {
  const out: StatedCount[] = [];
  for (const m of text.matchAll(COUNT)) {
    const digits = m[1] !== undefined ? Number(m[1]) : undefined;
    const words = m[2] ?? m[3];
    const fromWords = words !== undefined ? parseCountWords(words) : undefined;
    // Digits and words that disagree are the business of the count rules; skip.
    if (digits !== undefined && fromWords !== undefined && digits !== fromWords) continue;
    const value = digits ?? fromWords;
    if (value === undefined) continue;
    const nounText = m[4].toLowerCase().replace(/\s+/g, ' ');
    const noun: Noun = /\//.test(nounText) || /\s(dan|atau)\s/.test(nounText) ? 'desa/kelurahan' : nounText === 'distrik' ? 'kecamatan' : (nounText as Noun);
    const start = m.index ?? 0;
    const printedEnd = start + m[0].length - m[4].length;
    out.push({ value, noun, printed: text.slice(start, printedEnd).trim(), start, end: start + m[0].length });
  }
  return out;
}

/** Words before the number that say it is the whole set: "terdiri dari", "membawahi", "memiliki". */
const TOTAL_BEFORE =
  /(terdiri\s+(?:dari|atas)|membawahi|membawahkan|memiliki|mempunyai|meliputi|mencakup|mencakupi|terbagi\s+(?:menjadi|atas|dalam|ke\s+dalam)|dibagi\s+(?:menjadi|atas|dalam|ke\s+dalam)|jumlah\s+(?:kelurahan|desa|kecamatan)\s*(?:\/\s*(?:kelurahan|desa)\s*)?(?:sebanyak|ada|adalah|yaitu|yakni|sejumlah)?|wilayah\s+administrasi(?:nya)?\s*(?:sebanyak|ada|adalah|yaitu|yakni|sejumlah)?|beserta)\s*:?\s*$/i;

/** Words after the noun that say it is the whole set: "yang ada", "yang berada di wilayah...". */
const TOTAL_AFTER = /^\s*(yang\s+ada|yang\s+berada\s+di|di\s+wilayah|se-?\s*kecamatan|se-?\s*(?:kota|kabupaten)|definitif)/i;

/** Words that make the number a part: "3 kelurahan yang telah ...", "sebagian", "di antara". */
const SUBSET = /(hanya|baru|sebagian|di\s+antara(?:nya)?|dari\s+\d+|telah|sudah|belum|masih)\s*$/i;
const SUBSET_AFTER = /^\s*(yang\s+(?:telah|sudah|belum|masih|mendapat|menerima|mengikuti|menjadi|masuk|termasuk|ditetapkan|dinilai|meraih|berhasil|tidak)|di\s+antaranya|lainnya|sasaran|percontohan|binaan|terpilih|penerima|peserta)/i;

/**
 * Whose villages the count is: the region named last before it in the sentence, when that is
 * the unit's own (its kecamatan; for a regency's agency, its regency), and the sentence says
 * the number is the whole set (a total word before it or after it), not a part.
 */
function ownerOf(idx: RegionIndex, own: OwnRegion, text: string, stated: StatedCount, counts: StatedCount[]): Owner | undefined {
  const from = sentenceStart(text, stated.start);
  const before = text.slice(from, stated.start);
  const after = text.slice(stated.end, stated.end + 60);
  if (SUBSET.test(before) || SUBSET_AFTER.test(after)) return undefined;
  if (!TOTAL_BEFORE.test(before) && !TOTAL_AFTER.test(after)) return undefined;
  // The region named last before the number, in this sentence.
  let last: { level: 'district' | 'regency' | 'other'; key?: string; regency?: Regency; district?: District } | undefined;
  for (const m of findMentions(before)) {
    // The noun of another count ("7 kecamatan dan ...") names no region.
    if (counts.some((c) => from + m.start >= c.start && from + m.start < c.end)) continue;
    if (m.level === 'district') {
      const n = longestName(m, (k) => idx.hasDistrictKey(k));
      // "tingkat kecamatan", "kecamatan ini": the kecamatan itself, not named.
      last = { level: 'district', key: n?.key };
    } else if (m.level === 'regency') {
      const n = longestName(m, (k) => idx.regenciesNamed(k).length > 0);
      if (!n) continue; // "Kota" as a noun
      const kind = m.kind === 'kota' ? 'kota' : 'kabupaten';
      last = { level: 'regency', regency: idx.regenciesNamed(n.key).find((r) => r.kind === kind) };
    } else if (m.level === 'province') last = { level: 'other' };
    else if (m.level === 'village' && /^\p{Lu}/u.test(m.words[0]?.text ?? '') && !/^(dan|yang|di|se)$/i.test(m.words[0]?.text ?? '')) {
      // "Kelurahan Purnama terdiri dari 12 RW": a named kelurahan is the subject, not ours.
      last = { level: 'other' };
    }
  }
  if (!last) return undefined;
  if (own.district) {
    if (stated.noun === 'kecamatan') return undefined;
    if (last.level !== 'district' || (last.key !== undefined && last.key !== nameKey(own.district.name))) return undefined;
    if (last.key === undefined && !/kecamatan\s+ini|wilayah\s+kecamatan/i.test(before)) return undefined;
    return { label: `Kecamatan ${own.district.name}`, district: own.district };
  }
  if (last.level !== 'regency' || last.regency?.code !== own.regency.code) return undefined;
  return { label: own.regency.name, regency: own.regency };
}

