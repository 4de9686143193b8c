import type { RelatedLocation, Rule } from '../src/engine/types.js';
import type { Block, ReportUnit } from '../src/model/index.js';
import { LEXICON } from '../src/extract/lexicon.js';
import { editDistance, nameKey, regions, type District, type Regency, type RegionIndex, type Village } from '../src/regions/index.js';
import {
  excerptAround,
  findMentions,
  headerRowsOf,
  isAllCaps,
  isWordPrefix,
  longestName,
  properName,
  segments,
  segmentWhere as where,
  withNextWord,
  type NameMatch,
  type RegionMention,
  type Segment,
} from '../src/regions/mentions.js';
import { unitRegion } from '../src/regions/unit.js';

/**
 * "Kecamatan X", "Kelurahan X", "Desa X", "Kota X", "Kabupaten X", "Provinsi X" whose name is in
 * no official list (Kemendagri codes, package idn-area-data): a typo ("did you mean ..."), or a
 * name that does not exist.
 */
const rule: Rule = {
  meta: {
    id: 'region-name',
    family: 'names',
    defaultSeverity: 'warning',
    description: {
      id: 'Nama provinsi, kabupaten/kota, kecamatan, kelurahan/desa yang disebut laporan harus ada dalam daftar resmi wilayah (kode Kemendagri).',
      en: 'Names of provinces, regencies/cities, kecamatan and kelurahan/desa in the report must be in the official list of regions (Kemendagri codes).',
    },
    docs: 'docs/rules/region-name.md',
    messages: {
      typo: {
        id: '{where}: "{found}" tidak ada dalam daftar resmi {level} (Kemendagri); mungkin maksudnya {suggestion}{times}.',
        en: '{where}: "{found}" is not in the official (Kemendagri) list of {levelEn}; did you mean {suggestion}{timesEn}?',
      },
      unknown: {
        id: '{where}: "{found}" tidak ada dalam daftar resmi {level} (Kemendagri){scope}{times}.',
        en: '{where}: "{found}" is not in the official (Kemendagri) list of {levelEn}{scopeEn}{timesEn}.',
      },
    },
  },
  check(ctx) {
    const idx = regions();
    const unit = ctx.doc.report.metadata.unit;
    const area = areaOf(idx, unit, ctx.doc.blocks);
    const blocks = ctx.doc.blocks;
    const header = headerRowsOf(ctx.doc.tables);

    // Words the report writes in lower case somewhere: common words, not names ("pelabuhan", "sehat").
    const lowerWords = new Set<string>();
    for (const seg of segments(blocks)) for (const w of seg.text.match(/\b[a-z][a-z'-]*/g) ?? []) lowerWords.add(w);

    const groups = new Map<string, Problem[]>();
    for (const seg of segments(blocks, header)) {
      const mentions = findMentions(seg.text);
      const allCaps = isAllCaps(seg.text);
      let skipUntil = -1;
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i];
        if (m.start < skipUntil || m.kind === 'camat') continue;
        if (!allCaps && !/^\p{Lu}/u.test(m.words[0]?.text ?? '')) continue;
        const check = checkMention(idx, area, m, allCaps, seg, mentions[i + 1], lowerWords);
        if (check.end !== undefined) skipUntil = check.end;
        if (!check.problem) continue;
        const key = `${m.level}|${check.problem.name.key}`;
        const list = groups.get(key);
        if (list) list.push(check.problem);
        else groups.set(key, [check.problem]);
      }
    }
    for (const problems of groups.values()) {
      const [first, ...rest] = problems;
      const related: RelatedLocation[] = rest.slice(0, 20).map((p) => ({ location: p.seg.loc, note: p.found }));
      const n = problems.length;
      const data = {
        where: where(first.seg, ctx.lang),
        found: first.found,
        level: LEVEL_ID[first.mention.level],
        levelEn: LEVEL_EN[first.mention.level],
        times: n > 1 ? `; disebut ${n} kali` : '',
        timesEn: n > 1 ? `; named ${n} times` : '',
        scope: first.scope ? `, dan tidak mirip nama ${LEVEL_ID[first.mention.level]} mana pun di ${first.scope}` : '',
        scopeEn: first.scope ? `, nor close to any name of ${LEVEL_EN[first.mention.level]} of ${first.scope}` : '',
        suggestion: first.suggestion ? first.suggestion.join(' / ') : '',
      };
      ctx.report({
        messageId: first.suggestion ? 'typo' : 'unknown',
        data,
        location: first.seg.loc,
        related,
        expected: first.suggestion?.[0],
        actual: first.found,
        excerpt: excerptAround(first.seg.text, first.mention.start, first.name.end),
      });
    }
  },
};

export default rule;

const LEVEL_ID = { province: 'provinsi', regency: 'kabupaten/kota', district: 'kecamatan', village: 'kelurahan/desa' } as const;
const LEVEL_EN = { province: 'provinces', regency: 'regencies/cities', district: 'kecamatan (districts)', village: 'kelurahan/desa (villages)' } as const;

/** Where the report is: its regency, province and (for a kecamatan's report) its kecamatan. */
interface Area {
  regency?: Regency;
  provinceCode?: string;
  district?: District;
  /** For a kelurahan's or desa's report: its own kelurahan/desa. */
  ownVillage?: Village;
  /** Official names that are the first words of longer ones ("dumai" of "Dumai Barat"), by level. */
  prefixes: { district: Set<string>; village: Set<string> };
  villages: Village[];
  villageKeys: Set<string>;
}

function areaOf(idx: RegionIndex, unit: ReportUnit, blocks: readonly Block[]): Area {
  const { regency, district } = unitRegion(idx, unit, blocks);
  const provinceCode = regency?.provinceCode ?? (unit.province ? idx.findProvince(unit.province)?.code : undefined);
  const villages = regency ? idx.villagesOfRegency(regency.code) : [];
  const village = new Set<string>();
  for (const v of villages) addPrefixes(village, v.name);
  const t = unit.type?.toLowerCase();
  const ownVillage = (t === 'kelurahan' || t === 'desa') && unit.name ? villages.find((v) => nameKey(v.name) === nameKey(unit.name!)) : undefined;
  return {
    regency,
    provinceCode,
    district,
    ownVillage,
    prefixes: { district: districtPrefixes(idx), village },
    villages,
    villageKeys: new Set(villages.map((v) => nameKey(v.name))),
  };
}

let districtPrefixCache: { idx: RegionIndex; set: Set<string> } | undefined;

function districtPrefixes(idx: RegionIndex): Set<string> {
  if (districtPrefixCache?.idx === idx) return districtPrefixCache.set;
  const set = new Set<string>();
  for (const d of idx.districts) addPrefixes(set, d.name);
  districtPrefixCache = { idx, set };
  return set;
}

function addPrefixes(set: Set<string>, name: string): void {
  const words = name.split(/\s+/).filter(Boolean);
  let key = '';
  for (let i = 0; i < words.length - 1; i++) {
    key += nameKey(words[i]);
    set.add(key);
  }
}

interface Problem {
  seg: Segment;
  mention: RegionMention;
  name: NameMatch;
  /** Type word and name as printed. */
  found: string;
  suggestion?: string[];
  scope?: string;
}

/**
 * Words of Indonesian programme and award names that follow "Desa", "Kelurahan", "Kota", ...
 * without naming a place: "Desa Wisata", "Kelurahan Tangguh Bencana", "Kota Layak Anak",
 * "Desa Cinta Statistik", "Kelurahan Sadar Hukum".
 */
const GENERIC = new Set(
  `sehat layak anak siaga aktif wisata tangguh bencana cinta statistik cantik mandiri maju berkembang tertinggal
  sangat sejahtera digital pintar cerdas bersih hijau ramah terbaik inovatif inovasi percontohan binaan model prima
  induk definitif persiapan adat sadar hukum anti korupsi bersinar berseri inklusi inklusif pancasila literasi
  terpadu kumuh tanpa bebas narkoba tematik iklim organik kreatif budaya ekonomi industri pelabuhan pariwisata
  perdagangan jasa pendidikan santri religius agamis tertib aman damai lestari wisata kampung mart sentra produk
  unggulan tangguh perempuan pemuda ramah disabilitas lansia swasembada pangan energi mandiri dan atau yang`.split(/\s+/),
);

interface Checked {
  /** End of the recognised name, so that type words inside it are not read again. */
  end?: number;
  problem?: Problem;
}

function checkMention(
  idx: RegionIndex,
  area: Area,
  m: RegionMention,
  allCaps: boolean,
  seg: Segment,
  next: RegionMention | undefined,
  lowerWords: Set<string>,
): Checked {
  switch (m.level) {
    case 'province': {
      const known = longestName(m, (k) => idx.hasProvinceKey(k));
      if (known) return { end: known.end };
      return typoOnly(m, allCaps, seg, (key) => idx.nearestProvinces(key, 1).map((p) => `Provinsi ${p.name}`), (words) => idx.provinces.some((p) => isWordPrefix(words, p.name)), lowerWords);
    }
    case 'regency': {
      const known = longestName(m, (k) => idx.regenciesNamed(k).length > 0);
      if (known) return { end: known.end };
      const within = area.provinceCode ? idx.regenciesOf(area.provinceCode) : undefined;
      return typoOnly(
        m,
        allCaps,
        seg,
        (key) => {
          // "Kota X" is also a town that is no regency ("Kota Purwokerto"): a name of a kecamatan
          // or of a kelurahan of the region is a town, not a typo.
          if (idx.hasDistrictKey(key) || area.villageKeys.has(key)) return [];
          const near = (within && idx.nearestRegencies(key, 1, within).length ? idx.nearestRegencies(key, 1, within) : idx.nearestRegencies(key, 1)).filter(
            (r) => r.kind === (m.kind === 'kota' ? 'kota' : 'kabupaten'),
          );
          return near.map((r) => r.name);
        },
        (words) => idx.regencies.some((r) => isWordPrefix(words, r.bare)),
        lowerWords,
      );
    }
    case 'district': {
      const local = area.regency ? idx.districtsOf(area.regency.code) : [];
      const known = longestName(m, (k) => idx.hasDistrictKey(k));
      if (known) {
        // "Kecamatan Rumbai Barta": "Rumbai" is a kecamatan, "Rumbai Barat" another.
        const longer = withNextWord(m, known, allCaps);
        const near = longer && !commonWord(m.words[known.count].text, lowerWords) ? idx.nearestDistricts(longer.key, 1, local).filter((d) => nameKey(d.name).length > known.key.length) : [];
        if (longer && near.length && !idx.hasDistrictKey(longer.key) && !near.some((d) => d.code === area.district?.code)) {
          return { end: longer.end, problem: { seg, mention: m, name: longer, found: printed(seg, m, longer), suggestion: near.map((d) => `Kecamatan ${d.name}`) } };
        }
        return { end: known.end };
      }
      const candidate = properName(m, allCaps);
      if (!candidate) return {};
      if (truncated(m, candidate, area.prefixes.district)) return { end: candidate.end };
      const province = area.provinceCode ? idx.regenciesOf(area.provinceCode).flatMap((r) => idx.districtsOf(r.code)) : [];
      for (let k = candidate.count; k >= minWords(candidate, allCaps); k--) {
        const key = keyOf(m, k);
        if (key.length < 5 || allCommon(m, k, lowerWords)) continue;
        let near = idx.nearestDistricts(key, 1, local);
        if (!near.length) near = idx.nearestDistricts(key, 1, province);
        if (!near.length) continue;
        // The reporting unit's own name misspelt is the business of unit-name.
        if (area.district && near.some((d) => d.code === area.district!.code)) return { end: m.words[k - 1].end };
        const name = nameOf(m, k);
        const labels = [...new Set(near.map((d) => `Kecamatan ${d.name}${d.regencyCode !== area.regency?.code ? ` (${idx.regencyOf(d)?.name ?? ''})` : ''}`))];
        return { end: name.end, problem: { seg, mention: m, name, found: printed(seg, m, name), suggestion: labels } };
      }
      // Within two edits of the reporting kecamatan's own name: unit-name reports it as misspelt.
      if (area.district) {
        const ownKey = nameKey(area.district.name);
        const max = ownKey.length >= 8 ? 2 : 1;
        for (let k = candidate.count; k >= 1; k--) if (editDistance(keyOf(m, k), ownKey, max) <= max) return { end: candidate.end };
      }
      return unknownName(m, candidate, seg, next, lowerWords, area.regency ? area.regency.name : undefined);
    }
    case 'village': {
      const local = longestName(m, (k) => area.villageKeys.has(k));
      if (local) {
        const longer = withNextWord(m, local, allCaps);
        const near = longer && !commonWord(m.words[local.count].text, lowerWords) ? idx.nearestVillages(longer.key, 1, area.villages).filter((v) => nameKey(v.name).length > local.key.length) : [];
        if (longer && near.length && !area.villageKeys.has(longer.key) && !near.some((v) => v.code === area.ownVillage?.code)) {
          return { end: longer.end, problem: { seg, mention: m, name: longer, found: printed(seg, m, longer), suggestion: villageLabels(idx, near) } };
        }
        return { end: local.end };
      }
      const candidate = properName(m, allCaps);
      if (!candidate) return {};
      if (truncated(m, candidate, area.prefixes.village)) return { end: candidate.end };
      // Not a kelurahan/desa of the region: first a typo of one of them, then any in the country.
      const inDistrict = area.district ? area.villages.filter((v) => v.districtCode === area.district!.code) : [];
      for (let k = candidate.count; k >= minWords(candidate, allCaps); k--) {
        const key = keyOf(m, k);
        if (key.length < 5 || allCommon(m, k, lowerWords)) continue;
        let near = idx.nearestVillages(key, 1, inDistrict);
        if (!near.length) near = idx.nearestVillages(key, 1, area.villages);
        if (!near.length) continue;
        if (idx.hasVillageKey(key)) break; // a real name elsewhere, not a typo of ours
        // The reporting kelurahan/desa's own name misspelt is the business of unit-name.
        if (area.ownVillage && near.some((v) => v.code === area.ownVillage!.code)) return { end: m.words[k - 1].end };
        const name = nameOf(m, k);
        const labels = villageLabels(idx, near);
        return { end: name.end, problem: { seg, mention: m, name, found: printed(seg, m, name), suggestion: labels } };
      }
      const unknown = unknownName(m, candidate, seg, next, lowerWords, area.regency ? area.regency.name : undefined);
      if (!unknown.problem) return unknown;
      // Only now the whole country's list (loaded once, ~250 ms): a real kelurahan/desa elsewhere is fine.
      const known = longestName(m, (k) => idx.hasVillageKey(k));
      if (known) return { end: known.end };
      return unknown;
    }
  }
}

/** "Kelurahan Sukamulya (Kecamatan Sail)" */
function villageLabels(idx: RegionIndex, near: Village[]): string[] {
  return [...new Set(near.map((v) => `${v.kind === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${v.name} (Kecamatan ${idx.district(v.districtCode)?.name ?? '?'})`))];
}

/** For provinces and regencies: only a name one edit away from a real one is reported. */
function typoOnly(
  m: RegionMention,
  allCaps: boolean,
  seg: Segment,
  nearest: (key: string) => string[],
  isPrefix: (words: string[]) => boolean,
  lowerWords: Set<string>,
): Checked {
  const candidate = properName(m, allCaps);
  if (!candidate) return {};
  const words = m.words.slice(0, candidate.count).map((w) => w.text);
  if (isPrefix(words)) return { end: candidate.end };
  for (let k = candidate.count; k >= minWords(candidate, allCaps); k--) {
    const key = keyOf(m, k);
    if (key.length < 5 || allCommon(m, k, lowerWords)) continue;
    const near = nearest(key);
    if (!near.length) continue;
    const name = nameOf(m, k);
    return { end: name.end, problem: { seg, mention: m, name, found: printed(seg, m, name), suggestion: near } };
  }
  return { end: candidate.end };
}

/**
 * A kecamatan or kelurahan/desa name close to nothing: reported only when it is plainly a place
 * (followed by the region it lies in, introduced by "di", "wilayah", "kantor", or in a column
 * headed Kecamatan/Kelurahan/Desa/Lokasi), when it looks like a proper name (no word the report
 * also writes in lower case, no word of programme names such as "Wisata", "Siaga").
 */
function unknownName(
  m: RegionMention,
  candidate: NameMatch,
  seg: Segment,
  next: RegionMention | undefined,
  lowerWords: Set<string>,
  scope: string | undefined,
): Checked {
  const words = m.words.slice(0, candidate.count).map((w) => w.text);
  if (words.some((w) => commonWord(w, lowerWords))) return { end: candidate.end };
  const text = seg.text;
  // "Desa dan Kelurahan X", "Desa/Kelurahan X": a kind of village, not one village.
  if (/(?:desa|kelurahan|kecamatan|kota|kabupaten)\s*(?:dan|atau|\/|&|,)\s*$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) return { end: candidate.end };
  const higher = m.level === 'village' ? ['kecamatan', 'kota', 'kabupaten'] : ['kota', 'kabupaten'];
  const followedByRegion = next !== undefined && higher.includes(next.kind) && /^\s*,?\s*$/.test(text.slice(candidate.end, next.start));
  const introduced = /(?:^|[^\p{L}])(di|ke|dari|wilayah|kantor|lokasi|alamat|beralamat)\s*:?\s*$/iu.test(text.slice(Math.max(0, m.start - 30), m.start));
  const column = seg.kind === 'cell' && columnHeaderSays(seg, /\b(kecamatan|kelurahan|desa|lokasi|wilayah|alamat)\b/i);
  if (!followedByRegion && !introduced && !column) return { end: candidate.end };
  return { end: candidate.end, problem: { seg, mention: m, name: candidate, found: printed(seg, m, candidate), scope } };
}

const COMMON = new Set(LEXICON);

/**
 * A common word, not a name: one of programme names, of the budget nomenclature, one the report
 * writes in lower case elsewhere, or a derived noun ke-/pe-/per-…-an ("Kewilayahan", "Pemberdayaan").
 */
function commonWord(w: string, lowerWords: Set<string>): boolean {
  const l = w.toLowerCase();
  return GENERIC.has(l) || COMMON.has(l) || lowerWords.has(l) || /^(ke|pe|per|pem|pen|peng|peny)\p{L}{3,}an$/u.test(l);
}

/** The first `count` words of the name are all common words: "Kota Sedang" is no typo of Serang. */
function allCommon(m: RegionMention, count: number, lowerWords: Set<string>): boolean {
  return m.words.slice(0, count).every((w) => commonWord(w.text, lowerWords));
}

function columnHeaderSays(seg: Segment, re: RegExp): boolean {
  if (seg.block.kind !== 'table' || seg.row === undefined || seg.column === undefined) return false;
  const t = seg.block;
  for (let r = 0; r < Math.min(seg.headerRows ?? t.headerRows, seg.row); r++) if (re.test(t.rows[r].cells[seg.column]?.text ?? '')) return true;
  return false;
}

/** The name is the first words of an official name: cut at the end of a line or cell ("Kecamatan Dumai"). */
function truncated(m: RegionMention, candidate: NameMatch, prefixes: Set<string>): boolean {
  return prefixes.has(keyOf(m, candidate.count));
}

/**
 * How short a misspelt name may be taken: the whole proper name in mixed-case text (it ends at
 * the first lower-case word); in capitals one word less (a title word may follow the name).
 */
function minWords(candidate: NameMatch, allCaps: boolean): number {
  return allCaps ? Math.max(1, candidate.count - 1) : candidate.count;
}

function keyOf(m: RegionMention, count: number): string {
  return m.words
    .slice(0, count)
    .map((w) => nameKey(w.text))
    .join('');
}

function nameOf(m: RegionMention, count: number): NameMatch {
  const text = m.words
    .slice(0, count)
    .map((w) => w.text)
    .join(' ');
  return { text, key: keyOf(m, count), count, end: m.words[count - 1].end };
}

function printed(seg: Segment, m: RegionMention, name: NameMatch): string {
  return seg.text.slice(m.start, name.end).replace(/\s+/g, ' ');
}
