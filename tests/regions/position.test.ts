import type { Paragraph } from '../../src/model/index.js';
import { regions } from '../../src/regions/index.js';
import { findMentions, type Segment } from '../../src/regions/mentions.js';
import { leadInOf, selfPosition } from '../../src/regions/position.js';
import { unitRegion } from '../../src/regions/unit.js';

function paragraph(text: string, index = 0, marker?: string): Paragraph {
  return { kind: 'paragraph', text, index, marker, loc: { file: 't.txt', line: index + 1 }, context: { part: 'body' } };
}

/** Position of the mention of `name` (type word included) in `text`. */
function position(text: string, name: string, names = ['Dumai Barat', 'Sungai Sembilan']) {
  const p = paragraph(text);
  const seg: Segment = { text, kind: 'paragraph', loc: p.loc, block: p };
  const start = text.indexOf(name);
  const mentions = findMentions(text);
  const before = mentions.filter((m) => m.start < start);
  const previous = before[before.length - 1];
  const previousEnd = previous ? (previous.words.length ? previous.words[previous.words.length - 1].end : previous.typeEnd) : 0;
  return selfPosition({ segment: seg, start, end: start + name.length, previousEnd, nextStart: text.length, names });
}

describe('selfPosition', () => {
  it('the subject, the agent, the owner, a title: the reporting unit', () => {
    expect(position('Kecamatan Sungai Sembilan berkewajiban melaporkan kinerjanya.', 'Kecamatan Sungai Sembilan').self).toBe(true);
    expect(position('Sasaran yang telah ditetapkan oleh Kecamatan Sungai Sembilan dicapai.', 'Kecamatan Sungai Sembilan').self).toBe(true);
    expect(position('Laporan Kinerja Instansi Pemerintah Kecamatan Sungai Sembilan Tahun 2023', 'Kecamatan Sungai Sembilan').self).toBe(true);
    expect(position('MATRIK RENCANA STRATEGIS KECAMATAN SUNGAI SEMBILAN', 'KECAMATAN SUNGAI SEMBILAN').self).toBe(true);
  });

  it('a neighbour introduced by a border, cooperation or location word', () => {
    expect(position('Sebelah utara berbatasan dengan Kecamatan Sungai Sembilan.', 'Kecamatan Sungai Sembilan')).toEqual({ self: false, cue: 'dengan' });
    expect(position('Sebelah Utara : Kecamatan Sungai Sembilan', 'Kecamatan Sungai Sembilan')).toEqual({ self: false, cue: 'Sebelah' });
    expect(position('Lomba dilaksanakan di wilayah Kecamatan Sungai Sembilan.', 'Kecamatan Sungai Sembilan')).toEqual({ self: false, cue: 'di' });
    expect(position('Kecamatan Sungai Sembilan merupakan pemekaran dari kecamatan induk.', 'Kecamatan Sungai Sembilan').self).toBe(false);
  });

  it('a direction word inside a region name is no cue ("Dumai Barat")', () => {
    expect(position('Program Dumai Barat dilaksanakan; Kecamatan Sungai Sembilan menganggarkan belanja.', 'Kecamatan Sungai Sembilan').self).toBe(true);
    expect(position('Pelayanan Dumai Barat oleh Kecamatan Sungai Sembilan.', 'Kecamatan Sungai Sembilan').self).toBe(true);
  });

  it('nor is any other cue word inside a region name ("Mekar Baru", "Tanjung Batas")', () => {
    const names = ['Mekar Baru', 'Tanjung Batas'];
    expect(position('Pelayanan Mekar Baru oleh Kecamatan Sungai Sembilan.', 'Kecamatan Sungai Sembilan', names).self).toBe(true);
    expect(position('Posyandu Tanjung Batas dibina Kecamatan Sungai Sembilan.', 'Kecamatan Sungai Sembilan', names).self).toBe(true);
  });

  it('reads the sentence introducing a list', () => {
    const blocks = [paragraph('Batas wilayah sebagai berikut:', 0), paragraph('Kecamatan Sungai Sembilan;', 1, '-'), paragraph('Selat Rupat.', 2, '-')];
    expect(leadInOf(blocks, 2)).toBe('Batas wilayah sebagai berikut:');
    expect(leadInOf(blocks, 0)).toBeUndefined();
  });
});

describe('unitRegion', () => {
  it('takes the detected regency when it holds the kecamatan', () => {
    const r = unitRegion(regions(), { type: 'Kecamatan', name: 'Dumai Barat', regency: 'Kota Dumai' }, []);
    expect([r.regency?.code, r.district?.code]).toEqual(['14.72', '14.72.01']);
  });

  it('else the regency holding a kecamatan of that name that the report names most', () => {
    const blocks = [paragraph('Kabupaten Sleman dan Kabupaten Sleman lagi', 0)];
    const r = unitRegion(regions(), { type: 'Kecamatan', name: 'Depok', regency: 'Kota Yogyakarta' }, blocks);
    expect(r.district?.code).toBe('34.04.07');
  });

  it('a unique kecamatan name needs no regency', () => {
    expect(unitRegion(regions(), { type: 'Kecamatan', name: 'Dumai Barat' }, []).regency?.name).toBe('Kota Dumai');
  });

  it('other units: the detected regency only', () => {
    expect(unitRegion(regions(), { type: 'Dinas', name: 'Kesehatan', regency: 'Kabupaten Banyumas' }, []).regency?.code).toBe('33.02');
  });
});
