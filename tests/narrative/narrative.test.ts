import { extractText } from '../../src/extract/text.js';
import { claimsOf, type DirectionClaim, type TargetClaim } from '../../src/narrative/claims.js';
import { FigureTable, passageFigures, sentencesOf } from '../../src/narrative/figures.js';
import { IndicatorIndex } from '../../src/narrative/indicators.js';
import { formatMarker, markerReadings, paragraphLists, sequenceAnomalies } from '../../src/narrative/lists.js';
import { narrativeOf } from '../../src/narrative/passages.js';

describe('markerReadings', () => {
  it('reads arabic, letter and roman markers, with a bullet before them', () => {
    expect(markerReadings('3.')).toEqual([{ kind: 'arabic', value: 3 }]);
    expect(markerReadings('- b.')).toEqual([{ kind: 'letter-lower', value: 2 }]);
    expect(markerReadings('C)')).toEqual([{ kind: 'letter-upper', value: 3 }]);
    expect(markerReadings('iv.')).toEqual([{ kind: 'roman-lower', value: 4 }]);
    expect(markerReadings('IX.')).toEqual([{ kind: 'roman-upper', value: 9 }]);
  });

  it('gives "i." and "V." both readings', () => {
    expect(markerReadings('i.')).toEqual([
      { kind: 'letter-lower', value: 9 },
      { kind: 'roman-lower', value: 1 },
    ]);
    expect(markerReadings('V.')).toEqual([
      { kind: 'letter-upper', value: 22 },
      { kind: 'roman-upper', value: 5 },
    ]);
  });

  it('gives bullets and compound markers none', () => {
    for (const m of ['-', '•', '1a.', '- 2a.', undefined]) expect(markerReadings(m)).toEqual([]);
  });

  it('prints numbers the way their kind does', () => {
    expect(formatMarker('letter-lower', 4)).toBe('d');
    expect(formatMarker('roman-upper', 14)).toBe('XIV');
    expect(formatMarker('roman-lower', 3)).toBe('iii');
  });
});

describe('sequenceAnomalies', () => {
  it('finds nothing in 1, 2, 3, 4', () => {
    expect(sequenceAnomalies([1, 2, 3, 4])).toEqual([]);
  });

  it('reports a repeated number once, not the numbers that follow it', () => {
    expect(sequenceAnomalies([1, 2, 3, 4, 5, 5, 6, 7])).toEqual([{ index: 5, kind: 'duplicate', value: 5, expected: 6, first: 4 }]);
  });

  it('reports a skipped number', () => {
    expect(sequenceAnomalies([1, 2, 3, 5])).toEqual([{ index: 3, kind: 'skip', value: 5, expected: 4, missing: [4] }]);
  });

  it('reports two swapped numbers once, at the one out of order', () => {
    expect(sequenceAnomalies([1, 3, 2, 4])).toEqual([{ index: 2, kind: 'order', value: 2, expected: 4 }]);
  });

  it('does not report as missing a number that a repeat stands for (1, 2, 2, 4)', () => {
    expect(sequenceAnomalies([1, 2, 2, 4])).toEqual([{ index: 2, kind: 'duplicate', value: 2, expected: 3, first: 1 }]);
  });

  it('takes a gap as lost numbers when as many unnumbered rows stand in it, and a wide jump as no sequence', () => {
    expect(sequenceAnomalies([1, 2, 4], { unnumberedBefore: [0, 0, 1] })).toEqual([]);
    expect(sequenceAnomalies([1, 2, 9])).toEqual([]);
  });
});

describe('paragraphLists', () => {
  const lists = (text: string) =>
    paragraphLists(extractText('t.txt', text).blocks).map((l) => `${l.anchored ? '' : '~'}${l.items.map((i) => formatMarker(l.kind, i.reading.value)).join('')}`);

  it('nests sub-lists under items and closes them when the outer list goes on', () => {
    expect(lists(['1. Satu', 'a. Sub satu', 'b. Sub dua', '2. Dua', 'a. Sub satu', '3. Tiga'].join('\n'))).toEqual(['123', 'ab', 'a']);
  });

  it('reads "i." after "h." as a letter and at the start as a roman numeral', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((m) => `${m}. Butir`).join('\n');
    expect(lists(letters)).toEqual(['abcdefghi']);
    expect(lists(['i. Satu', 'ii. Dua', 'iii. Tiga', 'iv. Empat', 'v. Lima'].join('\n'))).toEqual(['iiiiiiivv']);
  });

  it('starts a new list after a heading or an introduction, and puts an item of no list into one of its own', () => {
    expect(lists(['1. Satu', '2. Dua', 'Fungsi sebagai berikut:', '2. Dua', '3. Tiga'].join('\n'))).toEqual(['12', '~23']);
  });

  it('adds a number that does not follow to the one open list of its kind', () => {
    expect(lists(['1. Satu', '2. Dua', '3. Tiga', '5. Lima'].join('\n'))).toEqual(['1235']);
  });
});

describe('passages and blocks', () => {
  it('joins a list item with the unmarked paragraphs that continue it, and starts a block at each numbered item', () => {
    const text = [
      '1. Indikator Indeks Kepuasan Masyarakat',
      'a. Target tahun 2023 adalah 85 tercapai 104,00%',
      'Bila dibandingkan dengan tahun 2022 yang tercapai 98,94%, capaian meningkat.',
      'b. Faktor pendukung sebagai berikut:',
      '- Petugas ramah',
      '2. Indikator Persentase Pengaduan',
      'Dari analisis di atas, capaian baik.',
    ].join('\n');
    const n = narrativeOf(extractText('t.txt', text).blocks);
    expect(n.passages.map((p) => p.parts.map((x) => x.paragraph.loc.line))).toEqual([[1], [2, 3], [4], [5], [6], [7]]);
    expect(n.passages[1].text).toBe('Target tahun 2023 adalah 85 tercapai 104,00%. Bila dibandingkan dengan tahun 2022 yang tercapai 98,94%, capaian meningkat.');
    expect(n.blocks.map((b) => b.passages.length)).toEqual([4, 2]);
  });
});

describe('figures', () => {
  it('cuts sentences, not at decimals or "Rp."', () => {
    expect(sentencesOf('Realisasi 82.84 dari Rp. 1.000. Capaian 95,21%.').map((s) => s.text.trim())).toEqual(['Realisasi 82.84 dari Rp. 1.000.', 'Capaian 95,21%.']);
  });

  it('reads target, realisasi and capaian with their years', () => {
    const text =
      'Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82.84 tercapai 95.21 atau bernilai kinerja Sangat berhasil. Bila dibandingkan dengan realisasi tahun 2022 sebesar 99,91 atau tercapai sebesar 114.83%, maka capaian tahun 2023 menurun sebesar 19.62%.';
    const got = passageFigures(text, 2023).map((f) => `${f.measure} ${f.year} ${f.found.number.raw}`);
    expect(got).toEqual(['target 2023 87', 'realisasi 2023 82.84', 'capaian 2023 95.21', 'realisasi 2022 99,91', 'capaian 2022 114.83%']);
  });

  it('leaves out counts, amounts of money and figures with another figure between them and their word', () => {
    const text = 'Terdapat 3 (tiga) indikator dan 5 kegiatan dengan anggaran Rp 10.000.000, realisasi 82,84 dan 90,00 pada tahun 2023.';
    expect(passageFigures(text, 2023).map((f) => f.found.number.raw)).toEqual(['82,84']);
  });

  it('drops a measure stated twice for a year with different values', () => {
    const t = new FigureTable(passageFigures('Capaian tahun 2023 sebesar 95,00%. Capaian tahun 2023 sebesar 99,00%. Target tahun 2023 adalah 100.', 2023));
    expect(t.get('capaian', 2023)).toBeUndefined();
    expect(t.has('capaian', 2023)).toBe(true);
    expect(t.get('target', 2023)?.found.number.raw).toBe('100');
  });
});

describe('claims', () => {
  const claims = (text: string) => sentencesOf(text).flatMap(claimsOf);

  it('reads a direction with its year, the year compared with and the change', () => {
    const [c] = claims('Capaian Kinerja Tahun 2023 menurun dari tahun 2022 sebesar 19.62%') as DirectionClaim[];
    expect(c).toMatchObject({ kind: 'direction', measure: 'capaian', direction: 'down', year: 2023, baseYear: 2022 });
    expect(c.change?.number.raw).toBe('19.62%');
  });

  it('reads "dari … menjadi …"', () => {
    const [c] = claims('Realisasi indikator ini meningkat dari 81,50% menjadi 99,01%.') as DirectionClaim[];
    expect(c).toMatchObject({ measure: 'realisasi', direction: 'up' });
    expect([c.from?.number.raw, c.to?.number.raw]).toEqual(['81,50%', '99,01%']);
  });

  it('takes no direction word without a measure before it as a claim', () => {
    expect(claims('Meningkatnya Kualitas Pelayanan Kecamatan. Upaya meningkatkan kompetensi pegawai. Realisasi anggaran meningkat sebesar 5%.')).toEqual([]);
  });

  it('reads standings against the target', () => {
    const got = (claims('Faktor pendukung capaian indikator melebihi target. Capaian indikator ini belum mencapai target. Target indikator ini telah tercapai.') as TargetClaim[]).map(
      (c) => c.relation,
    );
    expect(got).toEqual(['above', 'below', 'reached']);
  });
});

describe('IndicatorIndex', () => {
  it('finds the names in a text, the longest at each place', () => {
    const index = new IndicatorIndex();
    index.add('Indeks Kepuasan Masyarakat');
    index.add('Indeks Kepuasan Masyarakat terhadap Pelayanan Administrasi');
    index.add('2. Persentase Pengaduan yang Ditindaklanjuti');
    expect(index.mentions('Capaian indikator Indeks Kepuasan Masyarakat terhadap Pelayanan Administrasi meningkat.')).toEqual([
      'Indeks Kepuasan Masyarakat terhadap Pelayanan Administrasi',
    ]);
    expect(index.mentions('indeks kepuasan masyarakat dan persentase pengaduan yang ditindaklanjuti')).toEqual([
      'Indeks Kepuasan Masyarakat',
      'Persentase Pengaduan yang Ditindaklanjuti',
    ]);
  });
});
