import type { Rule } from '../src/engine/types.js';
import { reportSumMismatches } from '../src/rulekit/sums.js';

/** A parent row (program, kegiatan, group) equals the sum of its child rows, in every money column. */
const rule: Rule = {
  meta: {
    id: 'sum-children',
    family: 'arithmetic',
    defaultSeverity: 'error',
    description: {
      id: 'Nilai baris induk (program, kegiatan, kelompok belanja) harus sama dengan jumlah baris rinciannya.',
      en: 'A parent row (program, kegiatan, spending group) must equal the sum of its child rows.',
    },
    docs: 'docs/rules/sum-children.md',
    messages: {
      mismatch: {
        id: '{table}, baris "{row}", kolom {column}: tertulis {actual}, padahal jumlah {count} rincian di bawahnya {expected} (selisih {difference}).',
        en: '{table}, row "{row}", column {column}: states {actual}, but its {count} child rows add up to {expected} (difference {difference}).',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      for (const r of t.rows) {
        if (r.kind !== 'data' || r.children.length === 0) continue;
        const children = r.children.filter((c) => c.kind === 'data');
        reportSumMismatches(ctx, t, r, children, 'mismatch', r.uncertain ? 'warning' : undefined);
      }
    }
  },
};

export default rule;
