import { WORKER_DIED, WorkerFailure } from '../../src/batch/pool.js';
import { resultOf } from '../../src/batch/results.js';

/** How each way a batch file can end reads for the user. */
describe('resultOf', () => {
  const file = '/laporan/kecamatan.pdf';
  const cliLimit = { seconds: 300, option: '--timeout' };

  it('keeps the findings of a file that was checked', () => {
    const result = { file, findings: [] };
    expect(resultOf(file, { result }, 'id', cliLimit)).toBe(result);
  });

  it('says why a file was not checked, in the language of the messages', () => {
    expect(resultOf(file, { timedOut: true }, 'id', cliLimit).error).toBe('pemeriksaan dihentikan: melebihi batas waktu 300 detik per berkas (--timeout)');
    expect(resultOf(file, { outOfMemory: true }, 'en', cliLimit).error).toMatch(/^check stopped: the file used up the memory/);
    expect(resultOf(file, { failure: new WorkerFailure(WORKER_DIED) }, 'id', cliLimit).error).toBe('kesalahan tak terduga: thread pekerja yang memeriksanya berhenti tiba-tiba');
    expect(resultOf(file, { failure: new WorkerFailure(WORKER_DIED) }, 'en', cliLimit).error).toBe('unexpected error: the worker thread checking it stopped unexpectedly');
    expect(resultOf(file, { failure: new WorkerFailure('boom') }, 'id', cliLimit)).toEqual({ file, findings: [], error: 'kesalahan tak terduga: boom' });
  });

  it('names the option that set the time limit (the library has no --timeout)', () => {
    expect(resultOf(file, { timedOut: true }, 'en', { seconds: 5, option: 'timeoutSeconds' }).error).toBe('check stopped: it took longer than the time limit per file (5 s, timeoutSeconds)');
  });
});
