import type { Lang, RelatedLocation, Rule } from '../src/engine/types.js';
import { formatNumber } from '../src/numbers/format.js';
import { holdsWholeNumber, sameWholeNumbers, scaleIssues, type ScaleIssue } from '../src/scales/bands.js';
import { readScales, showInterval, type Scale, type ScaleBand, type ScaleInterval } from '../src/scales/read.js';
import { PERMENDAGRI_86_2017, regulationScale, type ReferenceScale } from '../src/scales/standard.js';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A range of values for messages: "90" for a single value, else "75 < x < 76". */
function showRange(r: ScaleInterval, lang: Lang): string {
  if (r.lo && r.hi && r.lo.value.eq(r.hi.value)) return formatNumber(r.lo.value, Math.max(0, r.lo.value.decimalPlaces()), lang);
  return showInterval(r, lang);
}

function scaleName(s: Scale, lang: Lang): string {
  return capital(s.name[lang]);
}

/** Does the printed scale state the regulation's bands whole number for whole number? */
function compare(scale: Scale, ref: ReferenceScale): { differs: Map<ScaleBand, ReferenceScale['bands'][number]>; complete: boolean } {
  const differs = new Map<ScaleBand, ReferenceScale['bands'][number]>();
  let matched = 0;
  for (const b of scale.bands) {
    const r = ref.bands.find((x) => x.key === b.key);
    if (!r) continue;
    matched++;
    if (!sameWholeNumbers(b.interval, r.interval)) differs.set(b, r);
  }
  return { differs, complete: matched === ref.bands.length && scale.bands.length === ref.bands.length };
}

const rule: Rule = {
  meta: {
    id: 'scale-consistency',
    family: 'predicates',
    defaultSeverity: 'warning',
    description: {
      id: 'Skala nilai/predikat yang dicantumkan laporan tidak boleh tumpang tindih atau bercelah, dan harus sama dengan peraturan yang dikutipnya.',
      en: 'A rating scale printed in the report must have no overlapping bands and no gaps, and must match the regulation it cites.',
    },
    docs: 'docs/rules/scale-consistency.md',
    messages: {
      overlap: {
        id: '{scale}: interval "{a}" ({labelA}) dan "{b}" ({labelB}) tumpang tindih pada {range}; nilai itu masuk ke dua kategori.',
        en: '{scale}: the bands "{a}" ({labelA}) and "{b}" ({labelB}) overlap at {range}; such a value falls in two bands.',
      },
      gap: {
        id: '{scale}: di antara interval "{a}" ({labelA}) dan "{b}" ({labelB}) ada celah {range}; nilai itu tidak masuk kategori mana pun.',
        en: '{scale}: between the bands "{a}" ({labelA}) and "{b}" ({labelB}) there is a gap, {range}; such a value falls in no band.',
      },
      regulation: {
        id: '{scale} mengutip {regulation}, tetapi interval "{label}" tertulis "{actual}", sedangkan {regulation} menetapkan {expected}{consequence}.',
        en: '{scale} cites {regulation}, but the band "{label}" reads "{actual}" whereas {regulation} sets {expected}{consequence}.',
      },
    },
  },
  check(ctx) {
    const lang = ctx.lang;
    for (const scale of readScales(ctx.doc)) {
      const cited = regulationScale(scale.regulation);
      const ref = cited && cited.family === scale.family ? cited : undefined;
      const cmp = ref ? compare(scale, ref) : undefined;
      // A scale that copies Permendagri 86/2017 without citing it keeps the regulation's gaps too.
      const copied = !ref && scale.family === PERMENDAGRI_86_2017.family && compare(scale, PERMENDAGRI_86_2017);
      const faithfulCopy = copied && copied.complete && copied.differs.size === 0;
      const differs = cmp?.differs ?? new Map();
      const consequences = new Map<ScaleBand, ScaleIssue<ScaleBand>[]>();
      for (const issue of scaleIssues(scale.bands)) {
        // Whole-number bands of a regulation leave gaps (75 < x < 76) that are the regulation's own.
        if (issue.kind === 'gap' && (ref || faithfulCopy) && !holdsWholeNumber(issue.range)) continue;
        // An overlap or gap caused by a band that departs from the cited regulation is told with that band.
        const culprit = differs.has(issue.a) ? issue.a : differs.has(issue.b) ? issue.b : undefined;
        if (culprit) {
          consequences.set(culprit, [...(consequences.get(culprit) ?? []), issue]);
          continue;
        }
        ctx.report({
          messageId: issue.kind,
          data: {
            scale: scaleName(scale, lang),
            a: issue.a.interval.text,
            labelA: issue.a.label,
            b: issue.b.interval.text,
            labelB: issue.b.label,
            range: showRange(issue.range, lang),
          },
          location: issue.b.intervalLoc,
          related: [{ location: issue.a.intervalLoc, note: `${issue.a.interval.text} ${issue.a.label}` }],
          actual: issue.b.interval.text,
          excerpt: `${issue.a.interval.text} ${issue.a.label} | ${issue.b.interval.text} ${issue.b.label}`,
        });
      }
      if (!ref || !scale.regulation) continue;
      for (const [band, r] of differs) {
        const consequence = (consequences.get(band) ?? [])
          .map((issue) => {
            const other = issue.a === band ? issue.b : issue.a;
            const range = showRange(issue.range, lang);
            if (issue.kind === 'overlap') {
              return lang === 'id'
                ? `; akibatnya interval ini tumpang tindih dengan "${other.interval.text}" (${other.label}) pada ${range}`
                : `; so it overlaps "${other.interval.text}" (${other.label}) at ${range}`;
            }
            return lang === 'id'
              ? `; akibatnya ada celah ${range} dengan "${other.interval.text}" (${other.label})`
              : `; so it leaves a gap, ${range}, next to "${other.interval.text}" (${other.label})`;
          })
          .join('');
        const related: RelatedLocation[] = [{ location: scale.regulation.loc, note: scale.regulation.text }];
        for (const issue of consequences.get(band) ?? []) {
          const other = issue.a === band ? issue.b : issue.a;
          related.push({ location: other.intervalLoc, note: `${other.interval.text} ${other.label}` });
        }
        const expected = `${showInterval(r.interval, lang)} ${r.label}`;
        ctx.report({
          messageId: 'regulation',
          data: {
            scale: scaleName(scale, lang),
            regulation: scale.regulation.name,
            label: band.label,
            actual: band.interval.text,
            expected,
            consequence,
          },
          location: band.intervalLoc,
          related,
          expected: showInterval(r.interval, lang),
          actual: band.interval.text,
          excerpt: `${band.interval.text} ${band.label}`,
        });
      }
    }
  },
};

export default rule;
