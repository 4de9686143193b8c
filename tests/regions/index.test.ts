import { performance } from 'node:perf_hooks';
import { editDistance, findDistrict, findProvince, findRegency, nameKey, normaliseName, RegionIndex, regions, villagesOf, districtsOf } from '../../src/regions/index.js';
import { findMentions, isAllCaps, longestName, properName } from '../../src/regions/mentions.js';

describe('regions: the official list', () => {
  it('is cached: one index per process', () => {
    expect(regions()).toBe(regions());
  });

  it('loads provinces, regencies and districts quickly, and villages only when asked', () => {
    const dir = (regions() as unknown as { dir: string }).dir;
    const t0 = performance.now();
    const fresh = new RegionIndex(dir);
    const baseMs = performance.now() - t0;
    expect(fresh.provinces).toHaveLength(38);
    expect(fresh.regencies.length).toBeGreaterThan(500);
    expect(fresh.districts.length).toBeGreaterThan(7000);
    expect(fresh.villagesLoaded).toBe(false);
    // One regency's villages are read from the file without parsing the whole list.
    expect(fresh.villagesOf('14.72.01')).toHaveLength(4);
    expect(fresh.villagesLoaded).toBe(false);
    expect(fresh.villagesNamed('Purnama').length).toBeGreaterThan(1);
    expect(fresh.villagesLoaded).toBe(true);
    expect(fresh.stats.villagesMs).toBeGreaterThan(0);
    // Generous bounds (CI machines are slow); typical figures are in docs/rules/region-name.md.
    expect(baseMs).toBeLessThan(2000);
  });

  it('finds provinces by name, with "Provinsi"/"Prov." and common short names', () => {
    expect(findProvince('Riau')?.code).toBe('14');
    expect(findProvince('Provinsi Riau')?.code).toBe('14');
    expect(findProvince('PROV. JAWA TENGAH')?.code).toBe('33');
    expect(findProvince('DI Yogyakarta')?.name).toBe('Daerah Istimewa Yogyakarta');
    expect(findProvince('DKI Jakarta')?.code).toBe('31');
    expect(findProvince('Atlantis')).toBeUndefined();
  });

  it('finds regencies with their kind ("Kota"/"Kabupaten"/"Kab."), a bare name only when unique', () => {
    expect(findRegency('Kota Dumai')?.code).toBe('14.72');
    expect(findRegency('KOTA DUMAI')?.code).toBe('14.72');
    expect(findRegency('Kab. Sleman')?.code).toBe('34.04');
    expect(findRegency('Kabupaten  Sleman')?.code).toBe('34.04');
    expect(findRegency('Sleman')?.code).toBe('34.04');
    expect(findRegency('Kota Pekan Baru')?.code).toBe('14.71');
    expect(findRegency('Kota Jakarta Selatan')?.name).toBe('Kota Administrasi Jakarta Selatan');
    // Bekasi is a kota and a kabupaten: the bare name is ambiguous.
    expect(findRegency('Bekasi')).toBeUndefined();
    expect(findRegency('Kota Bekasi')?.kind).toBe('kota');
    expect(findRegency('Kabupaten Bekasi')?.kind).toBe('kabupaten');
    // "Kota Sleman" is no regency.
    expect(findRegency('Kota Sleman')).toBeUndefined();
  });

  it('lists the kecamatan of a regency and finds a kecamatan by name', () => {
    expect(districtsOf('14.72').map((d) => d.name)).toEqual(['Dumai Barat', 'Dumai Timur', 'Bukit Kapur', 'Sungai Sembilan', 'Medang Kampai', 'Dumai Kota', 'Dumai Selatan']);
    expect(findDistrict('Dumai Barat')?.code).toBe('14.72.01');
    expect(findDistrict('Kecamatan Dumai Barat', '14.72')?.code).toBe('14.72.01');
    expect(findDistrict('Kec. Depok', '34.04')?.code).toBe('34.04.07');
    // Depok is a kecamatan of Sleman and of other regencies: without a regency it is ambiguous.
    expect(findDistrict('Depok')).toBeUndefined();
    expect(regions().districtsNamed('Depok').length).toBeGreaterThan(1);
    expect(findDistrict('Dumai Barat', '14.71')).toBeUndefined();
  });

  it('lists the kelurahan/desa of a kecamatan with their kind (1xxx kelurahan, 2xxx desa)', () => {
    expect(villagesOf('14.72.01').map((v) => [v.name, v.kind])).toEqual([
      ['Pangkalan Sesai', 'kelurahan'],
      ['Purnama', 'kelurahan'],
      ['Bagan Keladi', 'kelurahan'],
      ['Simpang Tetap Darul Ichsan', 'kelurahan'],
    ]);
    expect(villagesOf('34.04.07').map((v) => v.kind)).toEqual(['desa', 'desa', 'desa']);
    expect(regions().villagesOfRegency('14.72').length).toBeGreaterThan(30);
    expect(regions().findVillage('Kelurahan Purnama', '14.72.01')?.code).toBe('14.72.01.1006');
  });

  it('reads quoted names with quotes inside (Ra"as) and names with apostrophes', () => {
    expect(regions().districts.some((d) => d.name === 'Ra"as')).toBe(true);
    expect(regions().findDistrict("Ma'u")?.regencyCode).toBe('12.04');
  });

  it('finds near names for "did you mean" (a transposition is one edit)', () => {
    expect(regions().nearestDistricts('Dumai Barta', 1, districtsOf('14.72')).map((d) => d.name)).toEqual(['Dumai Barat']);
    expect(regions().nearestRegencies('Selman', 1).map((r) => r.name)).toContain('Kabupaten Sleman');
    expect(regions().nearestDistricts('Zzzzqq', 1)).toEqual([]);
  });
});

describe('regions: names', () => {
  it('normalises case, spaces, punctuation and accents', () => {
    expect(normaliseName('  Kab.  SLEMAN ')).toBe('kab sleman');
    expect(nameKey("Ra'as")).toBe('raas');
    expect(nameKey('Pekan Baru')).toBe(nameKey('Pekanbaru'));
    expect(nameKey('Bélitung')).toBe('belitung');
  });

  it('measures edit distance with transpositions, bounded', () => {
    expect(editDistance('barat', 'barta')).toBe(1);
    expect(editDistance('sleman', 'selman')).toBe(1);
    expect(editDistance('dumai', 'dumai')).toBe(0);
    expect(editDistance('kampar', 'kampai')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('regions: mentions in text', () => {
  it('finds type words and the name after them, longest official name first', () => {
    const text = 'Kecamatan Dumai Barat Kota Dumai, Kab.Sleman dan KEC. DEPOK';
    const ms = findMentions(text);
    expect(ms.map((m) => m.kind)).toEqual(['kecamatan', 'kota', 'kabupaten', 'kecamatan']);
    expect(longestName(ms[0], (k) => regions().hasDistrictKey(k))?.text).toBe('Dumai Barat');
    expect(longestName(ms[2], (k) => regions().regenciesNamed(k).length > 0)?.text).toBe('Sleman');
    expect(longestName(ms[3], (k) => regions().hasDistrictKey(k))?.text).toBe('DEPOK');
  });

  it('reads an unknown proper name: capitalised words up to a function word', () => {
    const [m] = findMentions('di Kelurahan Tanjung Rawa Kecamatan Sail');
    expect(properName(m, false)?.text).toBe('Tanjung Rawa');
    const [n] = findMentions('tingkat kecamatan dan kelurahan');
    expect(properName(n, false)).toBeUndefined();
    expect(isAllCaps('MATRIK RENCANA STRATEGIS KECAMATAN SUNGAI SEMBILAN')).toBe(true);
    expect(isAllCaps('Kecamatan Sungai Sembilan')).toBe(false);
  });
});
