import type { RelatedLocation, Rule } from '../src/engine/types.js';
import { locationKey } from '../src/model/index.js';
import { showPeriod } from '../src/years/mentions.js';
import { planLabel, planMentions, type PlanKind, type PlanMention } from '../src/years/plans.js';
import { scanTexts, type ScanText } from '../src/years/texts.js';
import { describeWhere } from '../src/years/where.js';

interface Placed {
  mention: PlanMention;
  scan: ScanText;
  phrase: string;
}

const clip = (s: string, n = 100) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t;
};

const related = (p: Placed): RelatedLocation => ({ location: p.scan.loc, note: p.phrase });

/** The same Renstra / RPJMD given different periods in one report. */
const rule: Rule = {
  meta: {
    id: 'plan-period',
    family: 'years',
    defaultSeverity: 'warning',
    description: {
      id: 'Satu rencana (Renstra, RPJMD, RPJMN) harus disebut dengan periode yang sama di seluruh laporan.',
      en: 'A plan (Renstra, RPJMD, RPJMN) must be given the same period throughout the report.',
    },
    docs: 'docs/rules/plan-period.md',
    messages: {
      period: {
        id: '{where}: "{phrase}" memberi {plan} periode {actual}, sedangkan {count} penyebutan lain dalam laporan ini memberi periode {expected}{basis}.',
        en: '{where}: "{phrase}" gives {plan} the period {actual}, while {count} other mention(s) in this report give {expected}{basis}.',
      },
      end: {
        id: '{where}: "{phrase}" menyebut akhir periode {plan} tahun {actual}, sedangkan {count} penyebutan lain dalam laporan ini memberi periode {period} (berakhir {expected}){basis}.',
        en: '{where}: "{phrase}" puts the end of {plan} in {actual}, while {count} other mention(s) in this report give the period {period} (ending {expected}){basis}.',
      },
    },
  },
  check(ctx) {
    const meta = ctx.doc.report.metadata;
    const fiscalYear = meta.year;
    const groups = new Map<string, Placed[]>();
    for (const scan of scanTexts(ctx.doc)) {
      if (!/\d{4}/.test(scan.text)) continue;
      for (const mention of planMentions(scan.text, meta.unit)) {
        const k = `${mention.kind}|${mention.owner}`;
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push({ mention, scan, phrase: clip(scan.text.slice(mention.start, mention.end)) });
      }
    }
    const id = ctx.lang === 'id';
    for (const placed of groups.values()) {
      const full = placed.filter((p) => p.mention.period);
      if (full.length === 0) continue;
      // Votes per period: each mention of it, and each "akhir periode ... Tahun X" with its end.
      const votes = new Map<string, { from: number; to: number; count: number; first: number }>();
      full.forEach((p, i) => {
        const key = showPeriod(p.mention.period!);
        const v = votes.get(key) ?? { from: p.mention.period!.from, to: p.mention.period!.to, count: 0, first: i };
        v.count++;
        votes.set(key, v);
      });
      for (const p of placed) if (p.mention.endYear) for (const v of votes.values()) if (v.to === p.mention.endYear) v.count++;
      const ranked = [...votes.entries()].sort((a, b) => {
        if (b[1].count !== a[1].count) return b[1].count - a[1].count;
        const covers = (v: { from: number; to: number }) => (fiscalYear !== undefined && v.from <= fiscalYear && fiscalYear <= v.to ? 1 : 0);
        if (covers(b[1]) !== covers(a[1])) return covers(b[1]) - covers(a[1]);
        return a[1].first - b[1].first;
      });
      const [expectedKey, expected] = ranked[0];
      const disagreeing = placed.filter((p) => (p.mention.period ? showPeriod(p.mention.period) !== expectedKey : p.mention.endYear !== expected.to));
      if (disagreeing.length === 0) continue;
      const agreeing = placed.filter((p) => !disagreeing.includes(p));
      const tie = ranked.length > 1 && ranked[1][1].count === expected.count;
      const covers = fiscalYear !== undefined && expected.from <= fiscalYear && fiscalYear <= expected.to;
      const basis = tie
        ? covers
          ? id
            ? ` (jumlah penyebutan sama; periode ini yang mencakup tahun anggaran ${fiscalYear})`
            : ` (as many mentions each; this period covers fiscal year ${fiscalYear})`
          : id
            ? ' (jumlah penyebutan sama: periode yang benar perlu dipastikan)'
            : ' (as many mentions each: the right period needs checking)'
        : '';
      const plan = (k: PlanKind, p: Placed) => planLabel(k, p.mention.owner, p.mention.ownerText, meta.unit);
      const reported = new Set<string>();
      for (const p of disagreeing) {
        const k = locationKey(p.scan.loc) + '|' + p.mention.start;
        if (reported.has(k)) continue;
        reported.add(k);
        const others = agreeing.filter((a) => a.scan.loc !== p.scan.loc).slice(0, 8).map(related);
        const count = agreeing.filter((a) => a.mention.period).length;
        const where = describeWhere(p.scan, ctx.lang);
        if (p.mention.period) {
          ctx.report({
            messageId: 'period',
            data: { where, phrase: p.phrase, plan: plan(p.mention.kind, p), actual: showPeriod(p.mention.period), expected: showPeriod(expected), count, basis },
            location: p.scan.loc,
            related: others,
            expected: `${expected.from}-${expected.to}`,
            actual: `${p.mention.period.from}-${p.mention.period.to}`,
            excerpt: clip(p.scan.text, 240),
          });
        } else {
          ctx.report({
            messageId: 'end',
            data: { where, phrase: p.phrase, plan: plan(p.mention.kind, p), actual: String(p.mention.endYear), expected: String(expected.to), period: showPeriod(expected), count, basis },
            location: p.scan.loc,
            related: others,
            expected: String(expected.to),
            actual: String(p.mention.endYear),
            excerpt: clip(p.scan.text, 240),
          });
        }
      }
    }
  },
};

export default rule;
