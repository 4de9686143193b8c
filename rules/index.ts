import type { Rule } from '../src/engine/types.js';
import amountInWords from './amount-in-words.js';
import budgetAbsorption from './budget-absorption.js';
import efficiency from './efficiency.js';
import efficiencyThresholds from './efficiency-thresholds.js';
import fileExtension from './file-extension.js';
import fiscalYear from './fiscal-year.js';
import narrativeClaim from './narrative-claim.js';
import performanceAchievement from './performance-achievement.js';
import planPeriod from './plan-period.js';
import regionName from './region-name.js';
import predicateScale from './predicate-scale.js';
import remainingBudget from './remaining-budget.js';
import rowNumbering from './row-numbering.js';
import sameFact from './same-fact.js';
import scaleConsistency from './scale-consistency.js';
import spreadsheetFormula from './spreadsheet-formula.js';
import statedCount from './stated-count.js';
import sumChildren from './sum-children.js';
import sumTotal from './sum-total.js';
import textTotal from './text-total.js';
import unitName from './unit-name.js';
import villageCount from './village-count.js';

/**
 * Every rule, in the order they run. Findings are sorted by location afterwards; when two
 * rules flag the same figure with the same expected value, the earlier rule's finding is kept.
 */
export const rules: Rule[] = [spreadsheetFormula, remainingBudget, budgetAbsorption, performanceAchievement, sumChildren, sumTotal, textTotal, sameFact, amountInWords, statedCount, predicateScale, scaleConsistency, efficiency, efficiencyThresholds, rowNumbering, narrativeClaim, fiscalYear, planPeriod, unitName, regionName, villageCount, fileExtension];
