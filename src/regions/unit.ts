/**
 * The reporting unit's place in the official list: its regency and, for a kecamatan's report,
 * its kecamatan. The regency detected from the report (the most named "Kota/Kabupaten X") is
 * checked against the list: when the unit's kecamatan is not in it, the regency that holds a
 * kecamatan of that name and that the report names most often is taken instead.
 */
import type { Block, ReportUnit } from '../model/index.js';
import type { District, Regency, RegionIndex } from './index.js';
import { findMentions, longestName, segments } from './mentions.js';

export interface UnitRegion {
  regency?: Regency;
  /** For a kecamatan's report: its kecamatan, when it is in the list. */
  district?: District;
}

/** How often the report names each regency ("Kota Dumai", "KABUPATEN SLEMAN"), by code. */
export function regencyMentions(idx: RegionIndex, blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const seg of segments(blocks)) {
    for (const m of findMentions(seg.text)) {
      if (m.level !== 'regency') continue;
      const n = longestName(m, (k) => idx.regenciesNamed(k).length > 0);
      if (!n) continue;
      const kind = m.kind === 'kota' ? 'kota' : 'kabupaten';
      const r = idx.regenciesNamed(n.key).find((x) => x.kind === kind);
      if (r) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
    }
  }
  return counts;
}

export function unitRegion(idx: RegionIndex, unit: ReportUnit, blocks: readonly Block[]): UnitRegion {
  const detected = unit.regency ? idx.findRegency(unit.regency) : undefined;
  if (unit.type?.toLowerCase() !== 'kecamatan' || !unit.name) return { regency: detected };
  if (detected) {
    const district = idx.findDistrict(unit.name, detected.code);
    if (district) return { regency: detected, district };
  }
  const candidates = idx.districtsNamed(unit.name);
  if (candidates.length === 0) return { regency: detected };
  const counts = regencyMentions(idx, blocks);
  let best: District | undefined;
  let bestCount = 0;
  for (const d of candidates) {
    const n = counts.get(d.regencyCode) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  if (!best && candidates.length === 1 && !detected) best = candidates[0];
  if (!best) return { regency: detected };
  return { regency: idx.regencyOf(best), district: best };
}
