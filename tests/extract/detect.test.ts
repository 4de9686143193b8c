import { detectFormat } from '../../src/extract/detect.js';

describe('detectFormat', () => {
  it('reads files shorter than a magic number as text, not as a crash', () => {
    for (const s of ['a', 'ab', 'abc']) expect(detectFormat(Buffer.from(s))).toEqual({ format: 'text' });
  });

  it('still tells binary from text in a file that short', () => {
    expect(detectFormat(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ problem: 'binary' });
  });

  it('knows the magic numbers of PDF, old Office and ZIP', () => {
    expect(detectFormat(Buffer.from('%PDF-1.7\n'))).toEqual({ format: 'pdf' });
    expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ problem: 'ole' });
    expect(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ problem: 'zip-corrupt' });
  });

  it('says an empty file is empty', () => {
    expect(detectFormat(Buffer.alloc(0))).toEqual({ problem: 'empty' });
  });
});
