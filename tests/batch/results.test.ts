import { WORKER_DIED, WorkerFailure } from '../../src/batch/pool.js';
import { resultOf } from '../../src/batch/results.js';

/** How each way a batch file can end reads for the user. */
describe('resultOf', () => {
  const file = '/laporan/kecamatan.pdf';

  it('keeps the findings of a file that was checked', () => {
    const result = { file, findings: [] };
    expect(resultOf(file, { result }, 'id', 300)).toBe(result);
  });

  it('says why a file was not checked, in the language of the messages', () => {
    expect(resultOf(file, { timedOut: true }, 'id', 300).error).toBe('pemeriksaan dihentikan: melebihi batas waktu 300 detik per berkas (--timeout)');
    expect(resultOf(file, { outOfMemory: true }, 'en', 300).error).toMatch(/^check stopped: the file used up the memory/);
    expect(resultOf(file, { failure: new WorkerFailure(WORKER_DIED) }, 'id', 300).error).toBe('kesalahan tak terduga: thread pekerja yang memeriksanya berhenti tiba-tiba');
    expect(resultOf(file, { failure: new WorkerFailure(WORKER_DIED) }, 'en', 300).error).toBe('unexpected error: the worker thread checking it stopped unexpectedly');
    expect(resultOf(file, { failure: new WorkerFailure('boom') }, 'id', 300)).toEqual({ file, findings: [], error: 'kesalahan tak terduga: boom' });
  });
});
