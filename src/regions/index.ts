/**
 * The official list of Indonesian regions (Kemendagri codes) from the npm package
 * `idn-area-data` (data © its contributors, ODbL 1.0): provinces, kabupaten/kota, kecamatan and
 * kelurahan/desa. Loaded once per process on first use; the 83k villages only when a caller asks
 * for villages.
 */
import { editDistance } from '../text/edit-distance.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';

export interface Province {
  /** "14" */
  code: string;
  /** "Riau" */
  name: string;
}

export interface Regency {
  /** "14.72" */
  code: string;
  provinceCode: string;
  /** Official name with its kind: "Kota Dumai", "Kabupaten Sleman". */
  name: string;
  kind: 'kota' | 'kabupaten';
  /** The name without "Kota"/"Kabupaten": "Dumai". */
  bare: string;
}

export interface District {
  /** "14.72.01" */
  code: string;
  regencyCode: string;
  /** "Dumai Barat" (a kecamatan; "distrik" in Papua) */
  name: string;
}

export interface Village {
  /** "14.72.01.1003": 1xxx are kelurahan, 2xxx desa. */
  code: string;
  districtCode: string;
  name: string;
  kind: 'kelurahan' | 'desa';
}

/** Timings of the loads done so far, in milliseconds. */
export interface LoadStats {
  /** Provinces, regencies and districts. */
  baseMs?: number;
  /** Parsing the whole village list. */
  villagesMs?: number;
  /** Reading the villages of single regencies (sum). */
  regencySliceMs?: number;
}

/**
 * A name reduced for comparison: lower case, accents, apostrophes and quotes removed, every
 * other non-alphanumeric character a space, spaces collapsed. "Ra'as" -> "raas",
 * "Kab.  Sleman" -> "kab sleman".
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`"‘“”]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The lookup key of a name: normalised, without spaces ("Pekan Baru" and "Pekanbaru", "Tuah
 * Madani" and "Tuahmadani" are written both ways in reports).
 */
export function nameKey(s: string): string {
  // Fast path for plain ASCII (nearly every official name): only letters and digits remain.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return normaliseName(s).replace(/ /g, '');
}

const REGENCY_PREFIX = /^(kabupaten|kab|kota|kotamadya|kodya)\s+/;
const PROVINCE_PREFIX = /^(provinsi|propinsi|prov|prop)\s+/;
const DISTRICT_PREFIX = /^(kecamatan|kec|distrik)\s+/;
const VILLAGE_PREFIX = /^(kelurahan|kel|desa|ds|kampung|nagari|gampong)\s+/;

/** Other names of provinces in common use, by key. */
const PROVINCE_ALIASES: Record<string, string> = {
  diyogyakarta: 'daerahistimewayogyakarta',
  diy: 'daerahistimewayogyakarta',
  yogyakarta: 'daerahistimewayogyakarta',
  dkijakarta: 'daerahkhususibukotajakarta',
  jakarta: 'daerahkhususibukotajakarta',
  dki: 'daerahkhususibukotajakarta',
  daerahkhususjakarta: 'daerahkhususibukotajakarta',
  dkj: 'daerahkhususibukotajakarta',
  nanggroeacehdarussalam: 'aceh',
  nad: 'aceh',
  bangkabelitung: 'kepulauanbangkabelitung',
  babel: 'kepulauanbangkabelitung',
  kepri: 'kepulauanriau',
  ntb: 'nusatenggarabarat',
  ntt: 'nusatenggaratimur',
  sumut: 'sumaterautara',
  sumbar: 'sumaterabarat',
  sumsel: 'sumateraselatan',
  jabar: 'jawabarat',
  jateng: 'jawatengah',
  jatim: 'jawatimur',
  kalbar: 'kalimantanbarat',
  kalteng: 'kalimantantengah',
  kalsel: 'kalimantanselatan',
  kaltim: 'kalimantantimur',
  kaltara: 'kalimantanutara',
  sulut: 'sulawesiutara',
  sulteng: 'sulawesitengah',
  sulsel: 'sulawesiselatan',
  sultra: 'sulawesitenggara',
  sulbar: 'sulawesibarat',
  malut: 'malukuutara',
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows of a CSV as [code, parent, name] (positionally: the header names vary between versions). */
function readRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  return parsed.data.slice(1);
}

export { editDistance };

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Entries whose key is within `max` edits of `key`, nearest first (ties in list order). */
function nearestOf<T>(entries: readonly T[], keyOf: (e: T) => string, key: string, max: number): T[] {
  const scored: { e: T; d: number }[] = [];
  for (const e of entries) {
    const k = keyOf(e);
    if (Math.abs(k.length - key.length) > max) continue;
    const d = editDistance(k, key, max);
    if (d <= max) scored.push({ e, d });
  }
  return scored.sort((x, y) => x.d - y.d).map((s) => s.e);
}

export class RegionIndex {
  readonly provinces: Province[] = [];
  readonly regencies: Regency[] = [];
  readonly districts: District[] = [];
  readonly stats: LoadStats = {};

  private readonly provinceByCode = new Map<string, Province>();
  private readonly provinceByKey = new Map<string, Province>();
  private readonly regencyByCode = new Map<string, Regency>();
  /** "kotadumai", "kabupatensleman" */
  private readonly regencyByFullKey = new Map<string, Regency>();
  /** "dumai", "sleman", "bekasi" (two: Kota and Kabupaten) */
  private readonly regenciesByBareKey = new Map<string, Regency[]>();
  private readonly regenciesByProvince = new Map<string, Regency[]>();
  private readonly districtByCode = new Map<string, District>();
  private readonly districtsByKey = new Map<string, District[]>();
  private readonly districtsByRegency = new Map<string, District[]>();

  private rawVillages?: string;
  private readonly regencySlices = new Map<string, Village[]>();
  private villageData?: {
    all: Village[];
    byKey: Map<string, Village[]>;
    byDistrict: Map<string, Village[]>;
  };

  constructor(private readonly dir: string) {
    const t0 = performance.now();
    for (const [code, name] of readRows(join(dir, 'provinces.csv'))) {
      const p: Province = { code, name };
      this.provinces.push(p);
      this.provinceByCode.set(code, p);
      this.provinceByKey.set(nameKey(name), p);
    }
    for (const [code, provinceCode, name] of readRows(join(dir, 'regencies.csv'))) {
      const norm = normaliseName(name);
      const kind = norm.startsWith('kota ') ? 'kota' : 'kabupaten';
      const bare = name.replace(/^\s*(kabupaten|kota)\s+/i, '');
      const r: Regency = { code, provinceCode, name, kind, bare };
      this.regencies.push(r);
      this.regencyByCode.set(code, r);
      // "Kota Administrasi Jakarta Selatan" is also written "Kota Jakarta Selatan".
      for (const b of new Set([bare, bare.replace(/^administrasi\s+/i, '')])) {
        this.regencyByFullKey.set(nameKey(`${kind} ${b}`), r);
        push(this.regenciesByBareKey, nameKey(b), r);
      }
      push(this.regenciesByProvince, provinceCode, r);
    }
    for (const [code, regencyCode, name] of readRows(join(dir, 'districts.csv'))) {
      const d: District = { code, regencyCode, name };
      this.districts.push(d);
      this.districtByCode.set(code, d);
      push(this.districtsByKey, nameKey(name), d);
      push(this.districtsByRegency, regencyCode, d);
    }
    this.stats.baseMs = performance.now() - t0;
  }

  // --- provinces -------------------------------------------------------------------------

  province(code: string): Province | undefined {
    return this.provinceByCode.get(code);
  }

  /** "Riau", "Provinsi Riau", "Prov. Jawa Tengah", "DI Yogyakarta", "DKI Jakarta". */
  findProvince(name: string): Province | undefined {
    const key = nameKey(normaliseName(name).replace(PROVINCE_PREFIX, ''));
    return this.provinceByKey.get(key) ?? this.provinceByKey.get(PROVINCE_ALIASES[key] ?? '');
  }

  /** Whether a key (see `nameKey`) names a province, aliases included. */
  hasProvinceKey(key: string): boolean {
    return this.provinceByKey.has(key) || key in PROVINCE_ALIASES;
  }

  // --- regencies -------------------------------------------------------------------------

  regency(code: string): Regency | undefined {
    return this.regencyByCode.get(code);
  }

  /**
   * "Kota Dumai", "Kabupaten Sleman", "Kab. Sleman", "KOTA DUMAI"; a bare name ("Sleman")
   * only when one regency bears it (not "Bekasi", which is a kota and a kabupaten).
   */
  findRegency(name: string): Regency | undefined {
    const norm = normaliseName(name);
    const m = REGENCY_PREFIX.exec(norm);
    if (m) {
      const kind = m[1] === 'kab' || m[1] === 'kabupaten' ? 'kabupaten' : 'kota';
      return this.regencyByFullKey.get(kind + nameKey(norm.slice(m[0].length)));
    }
    const list = this.regenciesByBareKey.get(nameKey(norm)) ?? [];
    return list.length === 1 ? list[0] : undefined;
  }

  /** Every regency with this bare name (both kinds). */
  regenciesNamed(bare: string): Regency[] {
    return this.regenciesByBareKey.get(nameKey(bare)) ?? [];
  }

  regenciesOf(provinceCode: string): Regency[] {
    return this.regenciesByProvince.get(provinceCode) ?? [];
  }

  // --- districts (kecamatan) ------------------------------------------------------------

  district(code: string): District | undefined {
    return this.districtByCode.get(code);
  }

  /** The regency a district belongs to. */
  regencyOf(d: District): Regency | undefined {
    return this.regencyByCode.get(d.regencyCode);
  }

  districtsOf(regencyCode: string): District[] {
    return this.districtsByRegency.get(regencyCode) ?? [];
  }

  /** Every kecamatan of that name in the country ("Depok": Sleman, and others). */
  districtsNamed(name: string): District[] {
    return this.districtsByKey.get(nameKey(normaliseName(name).replace(DISTRICT_PREFIX, ''))) ?? [];
  }

  /**
   * A kecamatan by name ("Dumai Barat", "Kecamatan Dumai Barat", "Kec. Dumai Barat"): the one of
   * that regency when a regency is given, else the only one of that name in the country.
   */
  findDistrict(name: string, regencyCode?: string): District | undefined {
    const all = this.districtsNamed(name);
    if (regencyCode !== undefined) return all.find((d) => d.regencyCode === regencyCode);
    return all.length === 1 ? all[0] : undefined;
  }

  /** Whether a key (see `nameKey`) is the name of some kecamatan. */
  hasDistrictKey(key: string): boolean {
    return this.districtsByKey.has(key);
  }

  /** Kecamatan whose name is within `max` edits of `name`, among `within` (default: all). */
  nearestDistricts(name: string, max = 1, within: readonly District[] = this.districts): District[] {
    return nearestOf(within, (d) => nameKey(d.name), nameKey(name), max);
  }

  /** Regencies whose bare name is within `max` edits of `name`. */
  nearestRegencies(name: string, max = 1, within: readonly Regency[] = this.regencies): Regency[] {
    return nearestOf(within, (r) => nameKey(r.bare), nameKey(normaliseName(name).replace(REGENCY_PREFIX, '')), max);
  }

  nearestProvinces(name: string, max = 1): Province[] {
    return nearestOf(this.provinces, (p) => nameKey(p.name), nameKey(normaliseName(name).replace(PROVINCE_PREFIX, '')), max);
  }

  // --- villages (kelurahan / desa) ------------------------------------------------------
  //
  // The villages of one regency are read from the file's text on demand (the file is sorted by
  // code, so they stand together): a report is about one region and that costs a few ms. The
  // whole list (83k rows, ~200 ms) is parsed only when a name must be looked up nationwide.

  private villageText(): string {
    if (this.rawVillages === undefined) this.rawVillages = readFileSync(join(this.dir, 'villages.csv'), 'utf8');
    return this.rawVillages;
  }

  private toVillage(row: string[]): Village | undefined {
    const [code, districtCode, name] = row;
    if (!code || !districtCode || name === undefined) return undefined;
    const kind = code.charCodeAt(code.lastIndexOf('.') + 1) === 49 /* '1' */ ? 'kelurahan' : 'desa';
    return { code, districtCode, name, kind };
  }

  private villages() {
    if (this.villageData) return this.villageData;
    const t0 = performance.now();
    const all: Village[] = [];
    const byKey = new Map<string, Village[]>();
    const byDistrict = new Map<string, Village[]>();
    const rows = Papa.parse<string[]>(this.villageText(), { header: false, skipEmptyLines: true }).data;
    for (let i = 1; i < rows.length; i++) {
      const v = this.toVillage(rows[i]);
      if (!v) continue;
      all.push(v);
      push(byKey, nameKey(v.name), v);
      push(byDistrict, v.districtCode, v);
    }
    this.villageData = { all, byKey, byDistrict };
    this.stats.villagesMs = performance.now() - t0;
    return this.villageData;
  }

  /** Whether the whole village list has been parsed. */
  get villagesLoaded(): boolean {
    return this.villageData !== undefined;
  }

  /** Every kelurahan/desa of the regency, kecamatan by kecamatan, in code order. */
  villagesOfRegency(regencyCode: string): Village[] {
    if (this.villageData) return this.districtsOf(regencyCode).flatMap((d) => this.villagesOf(d.code));
    const cachedSlice = this.regencySlices.get(regencyCode);
    if (cachedSlice) return cachedSlice;
    const t0 = performance.now();
    const text = this.villageText();
    const prefix = `\n${regencyCode}.`;
    let start = text.indexOf(prefix);
    const out: Village[] = [];
    if (start >= 0) {
      start += 1;
      let end = start;
      while (end < text.length && text.startsWith(prefix.slice(1), end)) {
        const nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length : nl + 1;
      }
      for (const row of Papa.parse<string[]>(text.slice(start, end), { header: false, skipEmptyLines: true }).data) {
        const v = this.toVillage(row);
        if (v) out.push(v);
      }
    }
    this.regencySlices.set(regencyCode, out);
    this.stats.regencySliceMs = (this.stats.regencySliceMs ?? 0) + performance.now() - t0;
    return out;
  }

  /** The kelurahan/desa of a kecamatan ("14.72.01" -> Pangkalan Sesai, Purnama, ...). */
  villagesOf(districtCode: string): Village[] {
    if (this.villageData) return this.villageData.byDistrict.get(districtCode) ?? [];
    const regencyCode = districtCode.slice(0, districtCode.lastIndexOf('.'));
    return this.villagesOfRegency(regencyCode).filter((v) => v.districtCode === districtCode);
  }

  village(code: string): Village | undefined {
    return this.villagesOf(code.slice(0, code.lastIndexOf('.'))).find((v) => v.code === code);
  }

  /** Every kelurahan/desa of that name in the country (loads the whole list). */
  villagesNamed(name: string): Village[] {
    return this.villages().byKey.get(nameKey(normaliseName(name).replace(VILLAGE_PREFIX, ''))) ?? [];
  }

  /** Whether a key (see `nameKey`) is the name of some kelurahan/desa (loads the whole list). */
  hasVillageKey(key: string): boolean {
    return this.villages().byKey.has(key);
  }

  /** A kelurahan/desa by name, within a kecamatan when one is given. */
  findVillage(name: string, districtCode?: string): Village | undefined {
    if (districtCode !== undefined) {
      const key = nameKey(normaliseName(name).replace(VILLAGE_PREFIX, ''));
      return this.villagesOf(districtCode).find((v) => nameKey(v.name) === key);
    }
    const all = this.villagesNamed(name);
    return all.length === 1 ? all[0] : undefined;
  }

  /** Kelurahan/desa within `max` edits of `name`, among `within` (default: the whole country). */
  nearestVillages(name: string, max = 1, within?: readonly Village[]): Village[] {
    return nearestOf(within ?? this.villages().all, (v) => nameKey(v.name), nameKey(normaliseName(name).replace(VILLAGE_PREFIX, '')), max);
  }
}

let cached: RegionIndex | undefined;

/** The official list, loaded on first call and kept for the life of the process. */
export function regions(): RegionIndex {
  if (!cached) cached = new RegionIndex(dataDir());
  return cached;
}

/** Shorthands over the cached index. */
export const findRegency = (name: string): Regency | undefined => regions().findRegency(name);
export const findProvince = (name: string): Province | undefined => regions().findProvince(name);
export const districtsOf = (regencyCode: string): District[] => regions().districtsOf(regencyCode);
export const villagesOf = (districtCode: string): Village[] => regions().villagesOf(districtCode);
export const findDistrict = (name: string, regencyCode?: string): District | undefined => regions().findDistrict(name, regencyCode);

/** Attribution to print with anything derived from the list (ODbL 1.0 requires it). */
export const REGIONS_ATTRIBUTION =
  'Region names and codes: idn-area-data (github.com/fityannugroho/idn-area-data), Open Database License (ODbL) 1.0.';
