import type { Numbering } from './types.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number | undefined {
  if (!/^[IVXLC]{1,6}$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 60 ? total : undefined;
}

/**
 * Read a row number as printed: "I", "II." (roman groups), "1", "1." (arabic), "a." (letter),
 * "1.2" (dotted outline), "7.01.01.2.01.0001" (regional budget code, Permendagri 90/2019).
 */
export function parseNumbering(text: string): Numbering | undefined {
  const t = text.trim().replace(/^\((.*)\)$/, '$1');
  if (t === '') return undefined;
  const roman = /^([IVXLC]{1,6})\.?$/.exec(t);
  if (roman) {
    const value = romanValue(roman[1]);
    if (value !== undefined) return { text: t, kind: 'roman', value };
  }
  const arabic = /^(\d{1,3})[.)]?$/.exec(t);
  if (arabic) return { text: t, kind: 'arabic', value: Number(arabic[1]) };
  const letter = /^([a-z])[.)]$/i.exec(t) ?? /^([a-z])$/.exec(t);
  // Upper-case letters head groups ("A. BELANJA OPERASI"); lower-case ones sub-items ("a.").
  if (letter) return { text: t, kind: 'letter', value: letter[1].toLowerCase().charCodeAt(0) - 96 };
  const dotted = /^(\d{1,4}(?:\.[0-9A-Z]{1,4})+)\.?$/.exec(t);
  if (dotted) {
    const parts = dotted[1].split('.');
    const isCode = parts.slice(1).some((p) => p.length >= 2 && p.startsWith('0')) || parts.some((p) => p.length === 4) || /[A-Z]/.test(dotted[1]);
    const last = Number(parts[parts.length - 1]);
    return {
      text: t,
      kind: isCode ? 'code' : 'dotted',
      depth: parts.length,
      value: Number.isFinite(last) ? last : undefined,
    };
  }
  return undefined;
}

/** "A.", "B.": a capital letter, which heads a group like a roman numeral. */
export function isGroupMark(n: Numbering | undefined): boolean {
  return n !== undefined && (n.kind === 'roman' || (n.kind === 'letter' && /^[A-Z]/.test(n.text)));
}

/** A number printed at the start of a label ("1 Penyusunan ...", "1.1 Koordinasi ..."). */
export function splitLeadingNumbering(label: string): { numbering: Numbering; rest: string } | undefined {
  const m = /^(\d{1,4}(?:\.\d{1,4}){0,6}|[IVX]{1,4}|[a-zA-Z])[.)]?\s+(?=\p{L})/u.exec(label);
  if (!m) return undefined;
  // A lone letter must carry its dot ("a. Gaji", "A. BELANJA"), else it is the first word.
  if (/^[a-zA-Z]$/.test(m[1]) && !/^[a-zA-Z][.)]/.test(label)) return undefined;
  const numbering = parseNumbering(m[0].trim());
  if (!numbering) return undefined;
  return { numbering, rest: label.slice(m[0].length).trim() };
}
