import type { RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import type { Block, ReportUnit, SourceLocation } from '../src/model/index.js';
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
  type TypeKind,
} from '../src/regions/mentions.js';
import { leadInOf, selfPosition } from '../src/regions/position.js';
import { unitRegion } from '../src/regions/unit.js';

/**
 * The report names itself with the name of another unit: "Kecamatan Sungai Sembilan" as the
 * reporting unit of a Dumai Barat report (a sibling's report copied), a misspelt own name, or
 * its own name with another regency.
 */
const rule: Rule = {
  meta: {
    id: 'unit-name',
    family: 'names',
    defaultSeverity: 'error',
    description: {
      id: 'Laporan harus menyebut dirinya dengan nama unitnya sendiri: bukan nama kecamatan/kelurahan lain (sisa salinan laporan unit lain), bukan nama yang salah eja, bukan dengan kabupaten/kota lain.',
      en: "The report must name itself with its own unit's name: not another kecamatan/kelurahan's (left over from a copied report), not a misspelt name, not with another regency.",
    },
    docs: 'docs/rules/unit-name.md',
    messages: {
      sibling: {
        id: '{where}: laporan {own} ({parent}) menyebut unit pelapornya "{found}"{times} — nama {otherType} lain di {parent} (daftar Kemendagri), kemungkinan sisa salinan dari laporan unit itu; seharusnya {own}.',
        en: '{where}: the report of {own} ({parent}) names the reporting unit "{found}"{timesEn} — another {otherTypeEn} of {parent} (Kemendagri list), probably left over from that unit\'s report; expected {own}.',
      },
      foreign: {
        id: '{where}: laporan {own} ({parent}) menyebut unit pelapornya "{found}"{times}, nama {otherType} di {foreignParent}, bukan di {parent}; seharusnya {own}.',
        en: '{where}: the report of {own} ({parent}) names the reporting unit "{found}"{timesEn}, a {otherTypeEn} of {foreignParent}, not of {parent}; expected {own}.',
      },
      misspelt: {
        id: '{where}: "{found}"{times} tidak ada dalam daftar resmi {otherType} di {parent}; nama unit pelapor adalah {own}.',
        en: '{where}: "{found}"{timesEn} is not in the official list of {otherTypeEn} of {parent}; the reporting unit is {own}.',
      },
      wrongParent: {
        id: '{where}: unit pelapor ditulis "{found}"{times}, padahal {own} berada di {parent}, bukan di {other}.',
        en: '{where}: the reporting unit is written "{found}"{timesEn}, but {own} lies in {parent}, not in {other}.',
      },
      unknownUnit: {
        id: 'Unit pelapor {own} (dari sampul laporan) tidak ada dalam daftar resmi {otherType} di {parent}{suggestion}; nama unit di laporan tidak dapat diperiksa.',
        en: 'The reporting unit {own} (from the cover) is not in the official list of {otherTypeEn} of {parent}{suggestionEn}; the names of the report cannot be checked.',
      },
    },
  },
  check(ctx) {
    const unit = ctx.doc.report.metadata.unit;
    if (!unit.type || !unit.name) return;
    const idx = regions();
    const own = ownUnit(idx, unit, ctx.doc.blocks);
    if (!own) return;
    if ('unknown' in own) {
      reportUnknown(ctx, own);
      return;
    }
    const blocks = ctx.doc.blocks;
    const header = headerRowsOf(ctx.doc.tables);
    const ownLoc = firstMentionOf(blocks, own);
    const siblingNames = [...own.siblings.values()];
    for (let bi = 0; bi < blocks.length; bi++) {
      const block = blocks[bi];
      const segs = [...segments([block], header)];
      // All mentions of the block first: a table or paragraph naming two or more other units is
      // an enumeration (a comparison table, a list of the city's kecamatan), not a self-name.
      const found = segs.map((seg) => ({ seg, mentions: resolve(idx, own, seg) }));
      const others = new Set<string>();
      for (const f of found) for (const m of f.mentions) if (m.role === 'sibling' || m.role === 'foreign') others.add(m.name.key);
      const enumeration = others.size >= 2;
      const leadIn = leadInOf(blocks, bi);
      for (const { seg, mentions } of found) {
        // One finding per paragraph, heading, caption or cell and wrong name, however often it stands there.
        const flagged = new Map<string, { r: Resolved; n: number }>();
        for (let i = 0; i < mentions.length; i++) {
          const r = mentions[i];
          if (r.role === 'own' || r.role === 'other-level') continue;
          if ((r.role === 'sibling' || r.role === 'foreign') && enumeration) continue;
          if (r.role === 'sibling' || r.role === 'foreign' || r.role === 'wrongParent') {
            const previous = mentions[i - 1];
            const pos = selfPosition({
              segment: seg,
              start: r.mention.start,
              end: r.name.end,
              previousEnd: previous?.end ?? 0,
              nextStart: mentions[i + 1]?.mention.start ?? seg.text.length,
              spans: mentions.map((x) => ({ start: x.mention.start, end: x.end })),
              names: siblingNames,
              ownMentions: mentions.flatMap((x, j) => (x.role === 'own' ? [{ start: x.mention.start, previousEnd: mentions[j - 1]?.end ?? 0 }] : [])),
              afterPlace: previous !== undefined && isLower(previous.mention.level, own.level) && /^[\s,]*$/.test(seg.text.slice(previous.end, r.mention.start)),
              leadIn,
              rowContext: rowContext(seg),
            });
            if (!pos.self) continue;
          }
          const key = `${r.role}|${r.mention.kind}|${r.name.key}|${r.official ?? ''}`;
          const seen = flagged.get(key);
          if (seen) seen.n++;
          else flagged.set(key, { r, n: 1 });
        }
        for (const { r, n } of flagged.values()) report(ctx, own, seg, r, n, ownLoc);
      }
    }
  },
};

export default rule;

// --- the reporting unit --------------------------------------------------------------------

interface Own {
  level: 'district' | 'village';
  /** "Kecamatan", "Kelurahan", "Desa" */
  type: string;
  /** Official spelling: "Dumai Barat". */
  name: string;
  key: string;
  /** The unit containing it: "Kota Dumai" for a kecamatan, "Kecamatan Dumai Barat" for a kelurahan. */
  parentLabel: string;
  regency: Regency;
  /** Type words that introduce names of this level. */
  kinds: ReadonlySet<TypeKind>;
  /** Official names of the siblings (the own unit included), by key. */
  siblings: Map<string, string>;
  /** Whether a key names a unit of this level elsewhere, and where. */
  elsewhere(key: string): string | undefined;
  /** Names of the parent level mentioned right after the unit ("Kota X", "Kecamatan X"). */
  parentKinds: ReadonlySet<TypeKind>;
  /** The parent named by a key, if it is one: its label. */
  parentNamed(kind: TypeKind, key: string): string | undefined;
}

interface UnknownOwn {
  unknown: true;
  type: string;
  name: string;
  parentLabel: string;
  suggestion?: string;
}

function ownUnit(idx: RegionIndex, unit: ReportUnit, blocks: readonly Block[]): Own | UnknownOwn | undefined {
  const t = (unit.type ?? '').toLowerCase();
  const name = unit.name ?? '';
  const regencyName = unit.regency;
  if (t === 'kecamatan') {
    const { regency, district: self } = unitRegion(idx, unit, blocks);
    if (!regency) return undefined;
    const districts = idx.districtsOf(regency.code);
    if (!self) {
      const near = idx.nearestDistricts(name, 2, districts)[0];
      return { unknown: true, type: 'Kecamatan', name, parentLabel: regency.name, suggestion: near?.name };
    }
    const r = regency;
    return {
      level: 'district',
      type: 'Kecamatan',
      name: self.name,
      key: nameKey(self.name),
      parentLabel: regency.name,
      regency,
      kinds: new Set<TypeKind>(['kecamatan', 'camat']),
      siblings: new Map(districts.map((d: District) => [nameKey(d.name), d.name])),
      elsewhere(key) {
        const d = idx.districtsNamed(key).find((x) => x.regencyCode !== r.code);
        return d ? idx.regencyOf(d)?.name : undefined;
      },
      parentKinds: new Set<TypeKind>(['kota', 'kabupaten']),
      parentNamed(kind, key) {
        const g = idx.regenciesNamed(key).find((x) => x.kind === kind);
        return g?.name;
      },
    };
  }
  if (t === 'kelurahan' || t === 'desa') {
    const regency = regencyName ? idx.findRegency(regencyName) : undefined;
    if (!regency) return undefined;
    const key = nameKey(name);
    const inRegency = idx.villagesOfRegency(regency.code);
    const self = inRegency.filter((v) => nameKey(v.name) === key);
    if (self.length !== 1) {
      if (self.length > 1) return undefined; // two villages of that name in the regency: which one?
      const near = idx.nearestVillages(name, 2, inRegency)[0];
      return { unknown: true, type: cap(t), name, parentLabel: regency.name, suggestion: near?.name };
    }
    const v = self[0];
    const district = idx.district(v.districtCode);
    if (!district) return undefined;
    const siblings = idx.villagesOf(district.code);
    const typeLabel = v.kind === 'kelurahan' ? 'Kelurahan' : 'Desa';
    return {
      level: 'village',
      type: typeLabel,
      name: v.name,
      key,
      parentLabel: `Kecamatan ${district.name}`,
      regency,
      kinds: new Set<TypeKind>(['kelurahan', 'desa']),
      siblings: new Map(siblings.map((s: Village) => [nameKey(s.name), s.name])),
      elsewhere(k) {
        const o = inRegency.find((x) => nameKey(x.name) === k && x.districtCode !== district.code);
        if (!o) return undefined;
        const d = idx.district(o.districtCode);
        return d ? `Kecamatan ${d.name}` : undefined;
      },
      parentKinds: new Set<TypeKind>(['kecamatan']),
      parentNamed(kind, k) {
        const d = idx.districtsOf(regency.code).find((x) => nameKey(x.name) === k);
        return d ? `Kecamatan ${d.name}` : undefined;
      },
    };
  }
  return undefined;
}

const RANK = { village: 0, district: 1, regency: 2, province: 3 } as const;

/** A place of a lower level than the unit (a kelurahan before "Kecamatan X"). */
function isLower(level: keyof typeof RANK, than: keyof typeof RANK): boolean {
  return RANK[level] < RANK[than];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// --- mentions ------------------------------------------------------------------------------

type Role = 'own' | 'sibling' | 'foreign' | 'misspelt' | 'wrongParent' | 'other-level';

interface Resolved {
  mention: RegionMention;
  name: NameMatch;
  role: Role;
  /** End of the whole mention (name, and the parent named after it). */
  end: number;
  /** Official spelling of the unit named, and for wrongParent the parent named. */
  official?: string;
  where?: string;
  /** The text of the mention as printed. */
  printed: string;
}

/** The region mentions of a segment, each with the part it plays for the reporting unit. */
function resolve(idx: RegionIndex, own: Own, seg: Segment): Resolved[] {
  const out: Resolved[] = [];
  const mentions = findMentions(seg.text);
  const allCaps = isAllCaps(seg.text);
  let skipUntil = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < skipUntil) continue; // "Kota" inside "Kecamatan Dumai Kota"
    if (!own.kinds.has(m.kind)) {
      // Another level: note its extent, so that the next mention's clause starts after it.
      const name = properName(m, allCaps) ?? { text: '', key: '', count: 0, end: m.typeEnd };
      out.push({ mention: m, name, role: 'other-level', end: name.end, printed: seg.text.slice(m.start, name.end) });
      continue;
    }
    // In mixed-case text a name begins with a capital: "tingkat kecamatan dan kelurahan" names none.
    if (!allCaps && !/^\p{Lu}/u.test(m.words[0]?.text ?? '')) continue;
    let known = longestName(m, (k) => own.siblings.has(k) || own.elsewhere(k) !== undefined);
    if (known && known.key !== own.key) {
      // "Kecamatan Rumbai Barta": "Rumbai" is a kecamatan, but the words are "Rumbai Barat" misspelt.
      const longer = withNextWord(m, known, allCaps);
      if (longer && editDistance(longer.key, own.key, ownMax(own)) <= ownMax(own)) {
        skipUntil = longer.end;
        out.push({ mention: m, name: longer, role: 'misspelt', end: longer.end, printed: seg.text.slice(m.start, longer.end) });
        continue;
      }
      const sibling = longer ? [...own.siblings.keys()].find((k) => k.length > known!.key.length && k !== own.key && editDistance(longer.key, k, 1) <= 1) : undefined;
      if (longer && sibling) known = { ...longer, key: sibling };
    }
    if (known) {
      skipUntil = known.end;
      const printed = seg.text.slice(m.start, known.end);
      if (own.siblings.has(known.key)) {
        if (known.key === own.key) {
          const parent = parentAfter(own, mentions[i + 1], seg.text, known.end);
          if (parent && parent.label !== undefined && parent.label !== own.parentLabel) {
            skipUntil = parent.end;
            out.push({ mention: m, name: known, role: 'wrongParent', end: parent.end, official: parent.label, printed: seg.text.slice(m.start, parent.end) });
          } else out.push({ mention: m, name: known, role: 'own', end: known.end, printed });
        } else out.push({ mention: m, name: known, role: 'sibling', end: known.end, official: own.siblings.get(known.key), printed });
      } else {
        out.push({ mention: m, name: known, role: 'foreign', end: known.end, official: known.text, where: own.elsewhere(known.key), printed });
      }
      continue;
    }
    const candidate = properName(m, allCaps);
    if (!candidate) continue;
    const misspelt = misspelling(own, m, candidate);
    if (misspelt) {
      skipUntil = misspelt.end;
      out.push({ mention: m, name: misspelt, role: 'misspelt', end: misspelt.end, printed: seg.text.slice(m.start, misspelt.end) });
    } else out.push({ mention: m, name: candidate, role: 'other-level', end: candidate.end, printed: seg.text.slice(m.start, candidate.end) });
  }
  return out;
}

/**
 * The own name misspelt: the first words of the proper name after the type word are within one
 * edit of the own name (two for names of eight letters or more), and are neither the own name
 * cut short ("Kecamatan Dumai" at the end of a line) nor a sibling's name cut short.
 */
function misspelling(own: Own, m: RegionMention, candidate: NameMatch): NameMatch | undefined {
  const words = m.words.slice(0, candidate.count).map((w) => w.text);
  const max = ownMax(own);
  for (let k = words.length; k >= 1; k--) {
    const part = words.slice(0, k);
    const key = part.map(nameKey).join('');
    if (key.length < 4) continue;
    if ([...own.siblings.values()].some((n) => isWordPrefix(part, n))) return undefined;
    if (editDistance(key, own.key, max) <= max) return { text: part.join(' '), key, count: k, end: m.words[k - 1].end };
  }
  return undefined;
}

/** Edits allowed for a misspelt own name: one, two for names of eight letters or more. */
function ownMax(own: Own): number {
  return own.key.length >= 8 ? 2 : 1;
}

/** The parent region named right after the unit ("Kecamatan Dumai Barat Kota Dumai", "..., Kota Dumai"). */
function parentAfter(own: Own, next: RegionMention | undefined, text: string, nameEnd: number): { label?: string; end: number } | undefined {
  if (!next || !own.parentKinds.has(next.kind)) return undefined;
  if (!/^[\s,]*$/.test(text.slice(nameEnd, next.start))) return undefined;
  const known = longestName(next, (k) => own.parentNamed(next.kind, k) !== undefined);
  if (known) return { label: own.parentNamed(next.kind, known.key), end: known.end };
  return undefined;
}

/** For a table cell: the row's earlier cells and the column's header cells. */
function rowContext(seg: Segment): string | undefined {
  if (seg.kind !== 'cell' || seg.block.kind !== 'table' || seg.row === undefined || seg.column === undefined) return undefined;
  const t = seg.block;
  const parts: string[] = [];
  for (let c = 0; c < seg.column; c++) parts.push(t.rows[seg.row].cells[c]?.text ?? '');
  for (let r = 0; r < Math.min(seg.headerRows ?? t.headerRows, seg.row); r++) parts.push(t.rows[r].cells[seg.column]?.text ?? '');
  return parts.filter(Boolean).join(' | ') || undefined;
}

/** The first place where the report names its own unit (the cover, usually). */
function firstMentionOf(blocks: readonly Block[], own: Own): SourceLocation | undefined {
  for (const seg of segments(blocks)) {
    for (const m of findMentions(seg.text)) {
      if (!own.kinds.has(m.kind)) continue;
      const n = longestName(m, (k) => k === own.key);
      if (n) return seg.loc;
    }
  }
  return undefined;
}

// --- findings ------------------------------------------------------------------------------

/** "Kecamatan" or "Camat" as the mention used it, in title case. */
function typeLabel(m: RegionMention, own: Own): string {
  if (m.kind === 'camat') return 'Camat';
  if (own.level === 'village') return m.kind === 'desa' ? 'Desa' : 'Kelurahan';
  return own.type;
}

function report(ctx: RuleContext, own: Own, seg: Segment, r: Resolved, times: number, ownLoc: SourceLocation | undefined): void {
  const label = typeLabel(r.mention, own);
  const ownFull = `${label} ${own.name}`;
  const related: RelatedLocation[] = ownLoc ? [{ location: ownLoc, note: `${own.type} ${own.name}` }] : [];
  const base = {
    where: where(seg, ctx.lang),
    own: ownFull,
    parent: own.parentLabel,
    found: r.printed.replace(/\s+/g, ' '),
    otherType: own.type.toLowerCase(),
    otherTypeEn: own.type.toLowerCase(),
    times: times > 1 ? ` (${times} kali)` : '',
    timesEn: times > 1 ? ` (${times} times)` : '',
  };
  const excerpt = excerptAround(seg.text, r.mention.start, r.end);
  switch (r.role) {
    case 'sibling':
      ctx.report({ messageId: 'sibling', data: base, location: seg.loc, related, expected: ownFull, actual: `${label} ${r.official}`, excerpt });
      return;
    case 'foreign':
      ctx.report({
        messageId: 'foreign',
        data: { ...base, foreignParent: r.where ?? '?' },
        location: seg.loc,
        related,
        expected: ownFull,
        actual: `${label} ${r.official}`,
        excerpt,
        severity: 'warning',
      });
      return;
    case 'misspelt':
      ctx.report({ messageId: 'misspelt', data: base, location: seg.loc, related, expected: ownFull, actual: `${label} ${r.name.text}`, excerpt, severity: 'warning' });
      return;
    case 'wrongParent':
      ctx.report({
        messageId: 'wrongParent',
        data: { ...base, other: r.official ?? '?' },
        location: seg.loc,
        related,
        expected: own.parentLabel,
        actual: r.official,
        excerpt,
      });
      return;
    default:
  }
}

function reportUnknown(ctx: RuleContext, own: UnknownOwn): void {
  const blocks = ctx.doc.blocks;
  const key = nameKey(own.name);
  let loc: SourceLocation | undefined;
  for (const seg of segments(blocks)) {
    if (findMentions(seg.text).some((m) => longestName(m, (k) => k === key))) {
      loc = seg.loc;
      break;
    }
  }
  loc ??= blocks[0]?.loc;
  if (!loc) return;
  ctx.report({
    messageId: 'unknownUnit',
    data: {
      own: `${own.type} ${own.name}`,
      otherType: own.type.toLowerCase(),
      otherTypeEn: own.type.toLowerCase(),
      parent: own.parentLabel,
      suggestion: own.suggestion ? ` (maksudnya ${own.type} ${own.suggestion}?)` : '',
      suggestionEn: own.suggestion ? ` (did you mean ${own.type} ${own.suggestion}?)` : '',
    },
    location: loc,
    expected: own.suggestion ? `${own.type} ${own.suggestion}` : undefined,
    actual: `${own.type} ${own.name}`,
    severity: 'warning',
  });
}
