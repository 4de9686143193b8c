import type { ReportUnit } from '../model/index.js';
import { nameKey } from '../regions/index.js';
import { clauseAround, periodAt, yearMentions, type Period } from './mentions.js';

/** Medium- and long-term plans that have a period of several years. */
export type PlanKind = 'renstra' | 'renstra-transisi' | 'rpjmd' | 'rpd' | 'rpjpd' | 'rpjmn' | 'rpjpn';

/** A plan named in the text with its period, or with the end of its period ("akhir periode Renstra Tahun 2026"). */
export interface PlanMention {
  kind: PlanKind;
  /** Whose plan: 'own' (the reporting unit's Renstra, its region's RPJMD), else the owner as a key. */
  owner: string;
  /** The owner as printed ("Kecamatan Dumai Barat Kota Dumai", "Provinsi Riau"), if named. */
  ownerText?: string;
  period?: Period;
  /** Only the last year is given: "sampai dengan akhir periode RENSTRA Tahun 2026". */
  endYear?: number;
  /** Where the mention starts and ends in the text (plan name to period). */
  start: number;
  end: number;
}

const PLAN =
  /\b(?:(renstra|rencana\s+strategis)(\s+transisi)?|(rpjmd|rpjmn|rpjpd|rpjpn|rpjm|rpd)|rencana\s+pembangunan\s+jangka\s+(menengah|panjang)(?:\s+(daerah|nasional))?|(rencana\s+pembangunan\s+daerah))\b/giu;

const UNIT_WORD =
  /^(kecamatan|kelurahan|desa|dinas|badan|inspektorat|sekretariat|satuan|rumah|kantor|bagian|kementerian|kementrian|lembaga|perangkat|opd|skpd|upt|uptd|puskesmas|rsud|bappeda|bpbd|bpkad|bkpsdm|dprd|setda|setwan|satpol)$/i;
const REGION_WORD = /^(kota|kabupaten|kab\.?|provinsi|prov\.?|pemkot|pemkab|pemprov)$/i;
const STOP_WORD = /^(tahun|th\.?|periode|yang|dan|sebagai|tentang|dengan|untuk|pada|di|dalam|ini|tersebut|adalah|yaitu|telah|akan|serta|atau|sampai|hingga|s\.?d\.?|s\/d)$/i;

/** Words that place a plan in the past: an earlier period, not the one in force. */
const HISTORY = /\b(sebelumnya|periode\s+lalu|lama|berakhir|terdahulu|sebelum|lampau)\b/i;

function kindOf(m: RegExpMatchArray): PlanKind | undefined {
  if (m[1]) return m[2] ? 'renstra-transisi' : 'renstra';
  if (m[3]) {
    const a = m[3].toLowerCase();
    if (a === 'rpjm') return undefined;
    return a as PlanKind;
  }
  if (m[4]) {
    const long = m[4].toLowerCase() === 'panjang';
    const national = m[5]?.toLowerCase() === 'nasional';
    if (national) return long ? 'rpjpn' : 'rpjmn';
    return long ? 'rpjpd' : 'rpjmd';
  }
  if (m[6]) return 'rpd';
  return undefined;
}

/** "Tahun 2021 – 2026", "periode 2021-2026", "2021 s.d 2026" starting at `at` (after spaces and a comma). */
function periodAfter(text: string, at: number): Period | undefined {
  const lead = /^[\s,]*(?:(?:tahun|th\.?|periode)\s+)?(?:(?:tahun|th\.?)\s+)?/i.exec(text.slice(at))?.[0] ?? '';
  return periodAt(text, at + lead.length);
}

/** A single year after the plan ("RENSTRA Tahun 2026"), not the first year of a period. */
function yearAfter(text: string, at: number): { year: number; end: number } | undefined {
  const m = /^[\s,]*(?:(?:tahun|th\.?)\s+)?(19[89]\d|20\d\d)(?!\d)/i.exec(text.slice(at));
  if (!m) return undefined;
  const end = at + m[0].length;
  const mention = yearMentions(text.slice(Math.max(0, at - 20), end + 20)).find((x) => x.year === Number(m[1]));
  if (mention && mention.role === 'range') return undefined;
  return { year: Number(m[1]), end };
}

/** The owner named right after the plan: a unit and/or a region, capitalised words. */
function ownerAfter(text: string, at: number): { text: string; end: number } | undefined {
  const re = /\s*(\S+)/y;
  re.lastIndex = at;
  const words: string[] = [];
  let end = at;
  let started = false;
  for (let n = 0; n < 12; n++) {
    const m = re.exec(text);
    if (!m) break;
    const w = m[1].replace(/[,;:.)]+$/, '');
    const trailingStop = m[1] !== w && !/^(kab|prov)\.$/i.test(m[1]);
    if (!started) {
      if (!UNIT_WORD.test(w) && !REGION_WORD.test(w) && !/^nasional$/i.test(w)) break;
      started = true;
    } else if (STOP_WORD.test(w) || !/^[\p{Lu}]/u.test(w) || /\d/.test(w)) break;
    words.push(w);
    end = re.lastIndex - (m[1].length - w.length);
    if (trailingStop) break;
  }
  return words.length ? { text: words.join(' '), end } : undefined;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\bkab\.?(?=\s|$)/g, 'kabupaten')
    .replace(/\bprov\.?(?=\s|$)/g, 'provinsi')
    .replace(/\bpemkot\b/g, 'kota')
    .replace(/\bpemkab\b/g, 'kabupaten')
    .replace(/\bpemprov\b/g, 'provinsi')
    .replace(/\s+/g, ' ')
    .trim();

/** Split "Kecamatan Dumai Barat Kota Dumai" into the unit and the region. */
function splitOwner(owner: string): { unit?: string; region?: string } {
  const n = norm(owner);
  const m = /\b(kota|kabupaten|provinsi)\b.*$/.exec(n);
  if (!m) return { unit: n };
  const unit = n.slice(0, m.index).trim();
  return { unit: unit || undefined, region: m[0] };
}

const GENERIC_UNIT = /^(perangkat daerah|opd|skpd|kecamatan|kelurahan|dinas|badan|satuan kerja perangkat daerah)$/;

/** Key of whose plan it is: 'own' for the reporting unit's Renstra and its region's RPJMD. */
export function ownerKey(kind: PlanKind, ownerText: string | undefined, unit: ReportUnit): string {
  if (kind === 'rpjmn' || kind === 'rpjpn') return 'national';
  if (!ownerText) return 'own';
  const { unit: u, region } = splitOwner(ownerText);
  const ownRegency = unit.regency ? norm(unit.regency) : undefined;
  const ownProvince = unit.province ? `provinsi ${norm(unit.province)}` : undefined;
  const regionOwn = (r: string | undefined) => {
    if (!r) return true;
    // Keys without spaces: "Kota Pekan Baru" is "Kota Pekanbaru".
    if (ownRegency) return nameKey(ownRegency).startsWith(nameKey(r));
    return r === ownProvince || r === 'provinsi';
  };
  if (kind === 'renstra' || kind === 'renstra-transisi') {
    const ownName = unit.name ? norm(`${unit.type ?? ''} ${unit.name}`) : undefined;
    const unitOwn = !u || GENERIC_UNIT.test(u) || (ownName !== undefined && (u === ownName || u.startsWith(ownName)));
    return unitOwn && regionOwn(region) ? 'own' : [u ?? '', region ?? ''].join('|');
  }
  if (u && !region) return 'own';
  return regionOwn(region) ? 'own' : region ?? 'own';
}

/**
 * Every plan with a period in a text: "Renstra Kecamatan X 2021 – 2026", "RPJMD 2021-2026 Kota X",
 * "Rencana Pembangunan Jangka Menengah Daerah Provinsi Riau Tahun 2019-2024", and the end of a
 * period: "akhir periode RENSTRA Tahun 2026".
 */
export function planMentions(text: string, unit: ReportUnit): PlanMention[] {
  const out: PlanMention[] = [];
  for (const m of text.matchAll(PLAN)) {
    const kind = kindOf(m);
    if (!kind) continue;
    const start = m.index ?? 0;
    let at = start + m[0].length;
    // "(RENSTRA)", "(RPJMD)", "Perubahan"
    const extra = /^\s*(?:\([^)]{1,15}\))?(?:\s*perubahan\b)?/i.exec(text.slice(at));
    if (extra) at += extra[0].length;
    let period = periodAfter(text, at);
    let ownerText: string | undefined;
    let end = period?.end ?? at;
    const owner = ownerAfter(text, period ? period.end : at);
    if (owner) {
      ownerText = owner.text;
      end = Math.max(end, owner.end);
      if (!period) {
        period = periodAfter(text, owner.end);
        if (period) end = period.end;
      }
    }
    if (period) {
      // "Renstra periode sebelumnya (2016-2021)": an earlier plan, named as such.
      const clause = clauseAround(text, start, end);
      if (HISTORY.test(text.slice(clause.start, clause.end))) continue;
      out.push({ kind, owner: ownerKey(kind, ownerText, unit), ownerText, period, start, end });
      continue;
    }
    // "sampai dengan akhir periode RENSTRA Tahun 2026"
    if (/\bakhir\s+(?:periode\s+)?$/i.test(text.slice(Math.max(0, start - 20), start))) {
      const y = yearAfter(text, owner ? owner.end : at);
      if (y) out.push({ kind, owner: ownerKey(kind, ownerText, unit), ownerText, endYear: y.year, start, end: y.end });
    }
  }
  return out;
}

const KIND_LABEL: Record<PlanKind, string> = {
  renstra: 'Renstra',
  'renstra-transisi': 'Renstra Transisi',
  rpjmd: 'RPJMD',
  rpd: 'RPD',
  rpjpd: 'RPJPD',
  rpjmn: 'RPJMN',
  rpjpn: 'RPJPN',
};

/** "Renstra Kecamatan Dumai Barat", "RPJMD Kota Dumai", "RPJMD Provinsi Riau", "RPJMN". */
export function planLabel(kind: PlanKind, owner: string, ownerText: string | undefined, unit: ReportUnit): string {
  const base = KIND_LABEL[kind];
  if (owner === 'national') return base;
  if (owner === 'own') {
    if (kind === 'renstra' || kind === 'renstra-transisi') return unit.name ? `${base} ${[unit.type, unit.name].filter(Boolean).join(' ')}` : base;
    return unit.regency ? `${base} ${unit.regency}` : unit.province ? `${base} Provinsi ${unit.province}` : base;
  }
  return ownerText ? `${base} ${ownerText}` : base;
}
