import { cleanText } from '../../src/extract/clean.js';

describe('cleanText', () => {
  it.each([
    ['  Capaian 95,21%  ', 'Capaian 95,21%'],
    ['Capaian  kinerja\t95,21%', 'Capaian kinerja 95,21%'],
    ['Rp&nbsp;1.000 &amp; 2', 'Rp\u00a01.000 & 2'],
    ['<b>Tabel 3.1</b><br/>Capaian', 'Tabel 3.1 Capaian'],
    ['**Sasaran** strategis', 'Sasaran strategis'],
    ['$\\geq$ 90', '≥ 90'],
    ['Jumlah (a × b)', 'Jumlah (a × b)'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});
