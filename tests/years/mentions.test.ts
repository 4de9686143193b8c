import { clauseAround, periodAt, sentenceAround, yearMentions } from '../../src/years/mentions.js';
import { ownerKey, planMentions } from '../../src/years/plans.js';

const roles = (text: string) => yearMentions(text).map((m) => `${m.year}:${m.role}`);

describe('yearMentions', () => {
  it('tells regulations, dates, periods and comparisons from plain years', () => {
    expect(roles('Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP')).toEqual(['2014:regulation']);
    expect(roles('Permendagri 86 Tahun 2017 dan Perpres 29/2014')).toEqual(['2017:regulation', '2014:regulation']);
    expect(roles('Dumai, 15 Januari 2024; Januari s.d Desember 2024; 31/12/2023')).toEqual(['2024:date', '2024:date', '2023:date']);
    expect(roles('Renstra 2021 – 2026, RPJMD 2021-2026, periode 2021 s.d. 2026')).toEqual(['2021:range', '2026:range', '2021:range', '2026:range', '2021:range', '2026:range']);
    expect(roles('realisasi Tahun 2022 dan Tahun 2023')).toEqual(['2022:range', '2023:range']);
    expect(roles('komitmen kinerja Tahun 2022 sebagaimana')).toEqual(['2022:plain']);
  });

  it('does not read years inside amounts, codes or NIPs', () => {
    expect(roles('Rp 2.023.500 dan 1.2022 serta NIP 19740305 200604 1 008 kode 7.01.2023')).toEqual([]);
  });
});

describe('periodAt', () => {
  it('reads a period with a plausible span at the given place', () => {
    const t = 'Renstra Tahun 2021 – 2026';
    expect(periodAt(t, t.indexOf('2021'))).toMatchObject({ from: 2021, to: 2026 });
    expect(periodAt('2026 - 2021', 0)).toBeUndefined();
    expect(periodAt('1990 - 2030', 0)).toBeUndefined();
    expect(periodAt(t, 0)).toBeUndefined();
  });
});

describe('sentence and clause bounds', () => {
  it('does not cut at abbreviations and decimals', () => {
    const t = 'Anggaran Rp. 1.357.900 atau 96.51 %. No. 5 s.d. akhir. Kalimat lain.';
    const s = sentenceAround(t, t.indexOf('96.51'));
    expect(t.slice(s.start, s.end)).toBe('Anggaran Rp. 1.357.900 atau 96.51 %.');
  });

  it('cuts clauses at commas followed by a space, not at decimal commas', () => {
    const t = 'Bila dibandingkan dengan realisasi tahun 2022 sebesar 81,50 %, maka capaian tahun 2023 meningkat.';
    const c = clauseAround(t, t.indexOf('2022'), t.indexOf('2022') + 4);
    expect(t.slice(c.start, c.end)).toBe('Bila dibandingkan dengan realisasi tahun 2022 sebesar 81,50 %');
  });
});

describe('planMentions', () => {
  const unit = { type: 'Kecamatan', name: 'Tampan', regency: 'Kota Pekanbaru', province: 'Riau' };
  const show = (text: string) =>
    planMentions(text, unit).map((m) => `${m.kind}/${m.owner}/${m.period ? `${m.period.from}-${m.period.to}` : `end ${m.endYear}`}`);

  it('reads the plan, whose it is, and its period, in either order', () => {
    expect(show('RPJMD 2021-2026 Kota Pekanbaru')).toEqual(['rpjmd/own/2021-2026']);
    expect(show('Rencana Strategis (RENSTRA) Kecamatan Tampan Kota Pekanbaru 2021 – 2026')).toEqual(['renstra/own/2021-2026']);
    expect(show('Rencana Pembangunan Jangka Menengah Nasional (RPJMN) 2020 – 2024')).toEqual(['rpjmn/national/2020-2024']);
    expect(show('Rencana Pembangunan Jangka Menengah Daerah Provinsi Riau Tahun 2019-2024')).toEqual(['rpjmd/provinsi riau/2019-2024']);
    expect(show('Rencana Pembangunan Jangka Menengah Kota Pekanbaru Tahun 2022 – 2026')).toEqual(['rpjmd/own/2022-2026']);
    expect(show('MATRIK RENCANA STRATEGIS KECAMATAN BUKIT RAYA TAHUN 2021 - 2026')).toEqual(['renstra/kecamatan bukit raya|/2021-2026']);
  });

  it('reads the end of a period only after "akhir (periode)"', () => {
    expect(show('sampai dengan akhir periode RENSTRA Tahun 2026 adalah')).toEqual(['renstra/own/end 2026']);
    expect(show('Renstra Tahun 2026 menargetkan')).toEqual([]);
  });

  it('skips the regulation before the plan and plans without a period', () => {
    expect(show('Perda Kota Pekanbaru Nomor 2 Tahun 2022 tentang Rencana Pembangunan Jangka Menengah Daerah Kota Pekanbaru Tahun 2022-2026')).toEqual(['rpjmd/own/2022-2026']);
    expect(show('Rencana Strategis dihasilkan melalui suatu proses sampai dengan akhir tahun 2023')).toEqual([]);
  });

  it('keys owners: own unit and region, other units, the province, the nation', () => {
    expect(ownerKey('renstra', undefined, unit)).toBe('own');
    expect(ownerKey('renstra', 'Perangkat Daerah', unit)).toBe('own');
    expect(ownerKey('renstra', 'Dinas Kesehatan Provinsi Riau', unit)).toBe('dinas kesehatan|provinsi riau');
    expect(ownerKey('rpjmd', 'Kab. Kampar', unit)).toBe('kabupaten kampar');
    expect(ownerKey('rpjmd', 'Kota Pekan Baru', unit)).toBe('own'); // the own kota, its name spaced
    expect(ownerKey('rpjmd', 'Kota Pekanbaru Selatan', unit)).toBe('kota pekanbaru selatan');
    expect(ownerKey('rpjmd', 'Provinsi Riau', { type: 'Dinas', name: 'Kesehatan', province: 'Riau' })).toBe('own');
    expect(ownerKey('rpjmn', undefined, unit)).toBe('national');
  });
});
