import type { Block, Report, ReportMetadata, ReportUnit, Table } from '../model/index.js';
import type { ExtractOptions } from './index.js';

const UNIT_TYPES = [
  'Kecamatan',
  'Kelurahan',
  'Desa',
  'Dinas',
  'Badan',
  'Inspektorat',
  'Sekretariat Daerah',
  'Sekretariat DPRD',
  'Satuan Polisi Pamong Praja',
  'Rumah Sakit Umum Daerah',
];

/** Words that end a unit's name: the region, the year, the report's own words. */
const NAME_STOP = /\b(kota|kabupaten|kab\.?|provinsi|prov\.?|tahun|pemerintah|dalam|yang|dan|pada|untuk|sebagai|di|ini|telah|dengan|berdasarkan|menganggarkan|berkewajiban|terdiri|merupakan|mempunyai|tersebut|nomor|no\.?|jalan|jl\.?)\b/i;

function blockTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      if (b.caption) out.push(b.caption);
      if (b.title) out.push(b.title);
      for (const r of b.rows) for (const c of r.cells) if (c.text) out.push(c.text);
    } else out.push(b.text);
  }
  return out;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

const REGION_WORDS = ['Kota', 'Kabupaten', 'Provinsi', 'Pemprov'];
const MENTION = new RegExp(
  `\\b(${[...UNIT_TYPES, ...REGION_WORDS].map((t) => t.replace(/ /g, '\\s+')).join('|')})\\s+(?=([^\\n.,;:()/]{1,80}))`,
  'giu',
);
const canonicalType = new Map([...UNIT_TYPES, ...REGION_WORDS].map((t) => [t.toLowerCase(), t]));

/**
 * Every "<Type> <Name>" mention, counted by type and name; names cut at the first stop word,
 * at most 4 words. One pass over the texts for all the types.
 */
export function countMentions(texts: string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  // The lookahead leaves the words unconsumed: "Kecamatan Sail dan Kecamatan Tampan" is two mentions.
  for (const t of texts) {
    for (const m of t.matchAll(MENTION)) {
      const type = canonicalType.get(m[1].toLowerCase().replace(/\s+/g, ' '));
      if (!type) continue;
      const kept: string[] = [];
      const words = m[2].trim().split(/\s+/);
      // In mixed-case text a proper name ends at the first lower-case word ("Sleman berada di").
      const capitalised = /^\p{Lu}\p{Ll}/u.test(words[0] ?? '');
      for (const w of words) {
        if (!/^[\p{L}'-]+$/u.test(w) || NAME_STOP.test(w) || kept.length >= 4) break;
        if (capitalised && /^\p{Ll}/u.test(w)) break;
        kept.push(w);
      }
      if (kept.length === 0) continue;
      const name = titleCase(kept.join(' '));
      let counts = out.get(type);
      if (!counts) out.set(type, (counts = new Map()));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return out;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best;
}

/**
 * The reporting unit: the unit named on the cover (the first blocks, before the first
 * chapter or foreword) when there is one, else the most frequently named unit; its regency and
 * province likewise.
 */
function detectUnit(report: Report): ReportUnit {
  const texts = blockTexts(report.blocks);
  const coverEnd = report.blocks.findIndex((b) => b.kind === 'heading');
  const cover = blockTexts(report.blocks.slice(0, coverEnd < 0 ? 10 : Math.min(coverEnd, 15)));
  const allMentions = countMentions(texts);
  const coverMentions = countMentions(cover);
  const none = new Map<string, number>();
  let unit: ReportUnit = {};
  let bestCount = 0;
  for (const type of UNIT_TYPES) {
    const all = allMentions.get(type) ?? none;
    const onCover = coverMentions.get(type) ?? none;
    const name = mostFrequent(onCover) ?? mostFrequent(all);
    const count = name ? (all.get(name) ?? 0) + 1000 * (onCover.get(name) ?? 0) : 0;
    if (name && count > bestCount) {
      unit = { type, name };
      bestCount = count;
    }
  }
  // The regency and province too: as the cover names them, else the most named.
  const regencyCounts = (mentions: Map<string, Map<string, number>>) => {
    const out = new Map<string, number>();
    for (const label of ['Kota', 'Kabupaten'] as const) for (const [name, n] of mentions.get(label) ?? none) out.set(`${label} ${name}`, n);
    return out;
  };
  const provinceCounts = (mentions: Map<string, Map<string, number>>) => {
    const out = new Map(mentions.get('Provinsi') ?? none);
    for (const [name, n] of mentions.get('Pemprov') ?? none) out.set(name, (out.get(name) ?? 0) + n);
    return out;
  };
  const regency = mostFrequent(regencyCounts(coverMentions)) ?? mostFrequent(regencyCounts(allMentions));
  const province = mostFrequent(provinceCounts(coverMentions)) ?? mostFrequent(provinceCounts(allMentions));
  return { ...unit, regency, province };
}


/**
 * The fiscal year: from the title ("LAPORAN KINERJA ... TAHUN 2023") when the cover has one,
 * else the year most often written as "Tahun NNNN".
 */
function detectYear(report: Report): { year?: number; source?: ReportMetadata['yearSource']; title?: string } {
  // The cover: the blocks before the first heading, often one title broken over several lines.
  const firstHeading = report.blocks.findIndex((b) => b.kind === 'heading');
  const cover = report.blocks.slice(0, firstHeading < 0 ? 8 : Math.min(firstHeading, 8)).filter((b): b is Exclude<Block, Table> => b.kind !== 'table');
  const TITLE = /\b(laporan\s+(akuntabilitas\s+)?kinerja|lkj\s*-?\s*ip|lakip|lkip)\b.{0,200}?\btahun\s+(?:anggaran\s+)?(\d{4})\b/i;
  for (const b of cover) {
    const m = TITLE.exec(b.text);
    if (m) return { year: Number(m[3]), source: 'title', title: b.text };
  }
  const joined = cover.map((b) => b.text).join(' ');
  const m = TITLE.exec(joined);
  if (m) return { year: Number(m[3]), source: 'title', title: m[0] };
  const counts = new Map<number, number>();
  for (const t of blockTexts(report.blocks)) {
    for (const m of t.matchAll(/\btahun\s+(?:anggaran\s+)?(\d{4})\b/gi)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let year: number | undefined;
  let n = 0;
  for (const [y, c] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    if (c > n) {
      year = y;
      n = c;
    }
  }
  return year ? { year, source: 'frequency' } : {};
}

export function detectMetadata(report: Report, options: ExtractOptions = {}): ReportMetadata {
  const unit = { ...detectUnit(report), ...stripUndefined(options.unit ?? {}) };
  const detected = detectYear(report);
  if (options.year) return { unit, year: options.year, yearSource: 'override', title: detected.title };
  return { unit, year: detected.year, yearSource: detected.source, title: detected.title };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
