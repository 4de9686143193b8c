import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfPage } from './page.js';

export interface PdfJs {
  getDocument(p: object): { promise: Promise<PdfDocument> };
  OPS: Record<string, number>;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

let pdfjsModule: Promise<PdfJs> | undefined;
const require = createRequire(import.meta.url);

export const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/**
 * pdfjs-dist, legacy build (the modern one needs DOMMatrix, absent from Node 20). Its bundled
 * core-js replaces some built-ins that Node already has, e.g. Array.prototype.push, with slow
 * spec-checking versions for the whole process: those built-ins are put back after loading.
 */
export function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    const owners = [Array.prototype, Array, Object, String.prototype, Promise, Map.prototype, Set.prototype, Uint8Array.prototype];
    const saved = owners.map((o) => new Map(Object.entries(Object.getOwnPropertyDescriptors(o))));
    const mod = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    // pdfjs's own worker code runs in this thread (pdfjs starts no worker in Node); loading it
    // now lets the built-ins be restored after it too.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    owners.forEach((o, i) => {
      for (const [name, descriptor] of saved[i]) {
        const now = Object.getOwnPropertyDescriptor(o, name);
        if (now && now.value !== descriptor.value && typeof descriptor.value === 'function') Object.defineProperty(o, name, descriptor);
      }
    });
    return mod;
  })();
  return pdfjsModule;
}

export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument({ data, standardFontDataUrl, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
}
