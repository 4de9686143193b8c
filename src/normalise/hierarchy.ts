import { Interval, inputInterval } from '../numbers/interval.js';
import { isGroupMark } from './numbering.js';
import type { ColumnInfo, DataRow, RowLevelName } from './types.js';

/**
 * Row hierarchy of budget tables: roman groups (Belanja Operasi, Belanja Modal), programs
 * (the word PROGRAM, or a 3-segment code), and below a program its kegiatan and sub
 * kegiatan. The last two are often told apart only by the numbering restarting at 1, the
 * indentation, or a "Kegiatan" prefix, and converted reports blur all three; they are
 * read by a small beam search that scores each reading on those signals and, to break
 * ties, on how many parents then equal the sum of their children.
 * Returns true when some part of the table could only be read with a weak margin.
 */
export function inferHierarchy(rows: DataRow[], columns: ColumnInfo[]): void {
  const money = columns.filter((c) => c.unit === 'money').map((c) => c.index);
  let group: DataRow | undefined;
  let parent: DataRow | undefined;
  let kegiatan: DataRow | undefined;
  const codeParents: DataRow[] = [];
  let segment: DataRow[] = [];
  let pending: DataRow[] = [];

  const flush = () => {
    if (parent && pending.length) assignUnder(parent, pending, money);
    else for (const r of pending) attach(r, group, group ? 'item' : undefined);
    pending = [];
  };

  for (const row of rows) {
    if (row.kind === 'note') continue;
    if (row.kind === 'total') {
      flush();
      group = undefined;
      parent = undefined;
      kegiatan = undefined;
      codeParents.length = 0;
      segment = [];
      continue;
    }
    const outlineParent = outlineParentOf(row, segment, group ?? parent);
    segment.push(row);
    const strong = strongLevel(row);
    if (outlineParent) {
      attach(row, outlineParent, 'item');
    } else if (strong === 'group') {
      flush();
      group = row;
      parent = undefined;
      kegiatan = undefined;
      attach(row, undefined, 'group');
    } else if (strong === 'program') {
      flush();
      parent = row;
      kegiatan = undefined;
      attach(row, group, 'program');
    } else if (!parent && KEGIATAN.test(row.label)) {
      // Without program rows, rows named "Kegiatan ..." and "Sub Kegiatan ..." say their level.
      flush();
      kegiatan = row;
      attach(row, group, 'kegiatan');
    } else if (!parent && kegiatan && SUB_KEGIATAN.test(row.label)) {
      attach(row, kegiatan, 'subkegiatan');
    } else if (row.numbering?.kind === 'code' && row.numbering.depth !== undefined) {
      flush();
      const depth = row.numbering.depth;
      while (codeParents.length && (codeParents[codeParents.length - 1].numbering?.depth ?? 0) >= depth) codeParents.pop();
      const up = codeParents[codeParents.length - 1];
      attach(row, up ?? group, depth >= 6 ? 'subkegiatan' : depth >= 4 ? 'kegiatan' : 'program');
      codeParents.push(row);
      parent = undefined;
    } else {
      pending.push(row);
    }
  }
  flush();
  setLevels(rows);
}

const PROGRAM = /^program\b/i;
const KEGIATAN = /^kegiatan\b/i;
const SUB_KEGIATAN = /^sub\s*kegiatan\b/i;

function strongLevel(row: DataRow): 'group' | 'program' | undefined {
  if (isGroupMark(row.numbering)) return 'group';
  if (row.numbering?.kind === 'code') return undefined;
  if (PROGRAM.test(row.label)) return 'program';
  return undefined;
}

/** Outline depth of a row number: "1" is 1, "1.2" is 2, "1.2.3" is 3. */
function outlineDepth(r: DataRow): number | undefined {
  const n = r.numbering;
  if (!n) return undefined;
  if (n.kind === 'arabic') return 1;
  if (n.kind === 'dotted') return n.depth;
  return undefined;
}

/**
 * Rows whose number says where they belong: "1.2" under the row numbered "1", "a." under
 * the numbered row above it. Looked for since the enclosing group or program began.
 */
function outlineParentOf(row: DataRow, segment: DataRow[], enclosing: DataRow | undefined): DataRow | undefined {
  const n = row.numbering;
  if (!n) return undefined;
  const start = enclosing ? segment.indexOf(enclosing) : -1;
  const candidates = (start < 0 ? segment : segment.slice(start)).slice().reverse();
  if (n.kind === 'dotted' && n.depth && n.depth >= 2) {
    const prefix = n.text.replace(/\.$/, '').split('.').slice(0, -1).join('.');
    const up = candidates.filter((c) => outlineDepth(c) === n.depth! - 1);
    return up.find((c) => c.numbering!.text.replace(/[.)]$/, '') === prefix) ?? up[0];
  }
  if (n.kind === 'letter' && !isGroupMark(n)) return candidates.find((c) => outlineDepth(c) !== undefined);
  return undefined;
}

function attach(row: DataRow, parent: DataRow | undefined, name: RowLevelName | undefined): void {
  row.parent = parent;
  row.levelName = name;
  if (parent) parent.children.push(row);
}

function setLevels(rows: DataRow[]): void {
  const visit = (r: DataRow, level: number) => {
    r.level = level;
    for (const c of r.children) visit(c, level + 1);
  };
  for (const r of rows) if (!r.parent) visit(r, 0);
}

interface State {
  score: number;
  /** Level of the last row placed; the levels before it are in `previous` (shared, not copied). */
  level: number;
  previous: State | undefined;
  lastNum: [number, number];
  lastK: number;
}

/** The levels a state gives rows 0..n−1. */
function levelsOf(s: State): number[] {
  const out: number[] = [];
  for (let t: State | undefined = s; t?.previous; t = t.previous) out.push(t.level);
  return out.reverse();
}

const BEAM = 48;

/**
 * Place the rows below a program (or group) as its children (level 1) or grandchildren (level 2).
 * When the runner-up reading scores nearly as well, the rows it reads otherwise are marked uncertain.
 */
function assignUnder(parent: DataRow, rows: DataRow[], money: number[]): void {
  const agree = memoisedSums(money);
  let beam: State[] = [{ score: 0, level: 0, previous: undefined, lastNum: [0, 0], lastK: -1 }];
  for (let i = 0; i < rows.length; i++) {
    const next: State[] = [];
    for (const s of beam) {
      for (const level of [1, 2]) {
        if (level === 2 && i === 0) continue;
        next.push(step(s, rows, i, level, agree));
      }
    }
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, BEAM);
  }
  for (const s of beam) s.score += closeK(s, rows, rows.length, agree) + parentEvidence(parent, rows, levelsOf(s), agree);
  beam.sort((a, b) => b.score - a.score);
  const best = { ...beam[0], levels: levelsOf(beam[0]) };
  const runnerUpState = beam.find((s) => levelsOf(s).some((l, i) => l !== best.levels[i]));
  const runnerUp = runnerUpState && { ...runnerUpState, levels: levelsOf(runnerUpState) };
  const isProgram = parent.levelName === 'program';
  let k: DataRow | undefined;
  rows.forEach((r, i) => {
    if (best.levels[i] === 1) {
      attach(r, parent, isProgram ? 'kegiatan' : 'item');
      k = r;
    } else attach(r, k, isProgram ? 'subkegiatan' : 'item');
  });
  const close = runnerUp !== undefined && best.score - runnerUp.score < 1;
  if (close) {
    // Only the rows read otherwise by the runner-up, and the parents whose rows they are, are in doubt.
    rows.forEach((r, i) => {
      if (runnerUp.levels[i] === best.levels[i]) return;
      r.uncertain = true;
      if (r.parent) r.parent.uncertain = true;
      parent.uncertain = true;
    });
  }
}

function numberOf(r: DataRow): number | undefined {
  return r.numbering && r.numbering.kind !== 'roman' ? r.numbering.value : undefined;
}

function step(s: State, rows: DataRow[], i: number, level: number, agree: SumsAgree): State {
  const r = rows[i];
  let score = s.score;
  const lastNum: [number, number] = [s.lastNum[0], s.lastNum[1]];
  let lastK = s.lastK;
  if (/^kegiatan\b/i.test(r.label)) score += level === 1 ? 4 : -4;
  if (/^sub\s*kegiatan\b/i.test(r.label)) score += level === 2 ? 4 : -4;
  const n = numberOf(r);
  if (level === 1) {
    score += closeK(s, rows, i, agree);
    if (n !== undefined) score += n === lastNum[0] + 1 ? 3 : -2;
    if (n !== undefined) lastNum[0] = n;
    else lastNum[0] += 1;
    lastNum[1] = 0;
    lastK = i;
  } else {
    if (n !== undefined) score += n === lastNum[1] + 1 ? 3 : -2;
    lastNum[1] = n ?? lastNum[1] + 1;
  }
  if (i > 0) {
    const prevLevel = s.level;
    const d = r.indent - rows[i - 1].indent;
    if (d > 0) score += level > prevLevel ? 1 : -1;
    else if (d < 0) score += level < prevLevel ? 1 : -1;
    else score += level === prevLevel ? 0.5 : -0.5;
  }
  return { score, level, previous: s, lastNum, lastK };
}

/** When a level-1 row is closed: do its level-2 rows add up to it? */
function closeK(s: State, rows: DataRow[], end: number, agree: SumsAgree): number {
  if (s.lastK < 0) return 0;
  const children: DataRow[] = [];
  // s holds row end−1; walk back to the open level-1 row.
  for (let t: State | undefined = s, j = end - 1; t?.previous && j > s.lastK; t = t.previous, j--) if (t.level === 2) children.push(rows[j]);
  children.reverse();
  if (children.length === 0) return 0;
  const verdict = agree(rows[s.lastK], children);
  return verdict === undefined ? 0 : verdict ? 4 : -1.5;
}

function parentEvidence(parent: DataRow, rows: DataRow[], levels: number[], agree: SumsAgree): number {
  const children = rows.filter((_, i) => levels[i] === 1);
  const verdict = agree(parent, children);
  return verdict ? 4 : 0;
}

type SumsAgree = (parent: DataRow, children: DataRow[]) => boolean | undefined;

/** The beam search asks the same parent/children question for many of its states: answer each once. */
function memoisedSums(money: number[]): SumsAgree {
  const memo = new Map<string, boolean | undefined>();
  return (parent, children) => {
    const key = `${parent.index}:${children.map((c) => c.index).join(',')}`;
    if (memo.has(key)) return memo.get(key);
    const verdict = sumsAgree(parent, children, money);
    memo.set(key, verdict);
    return verdict;
  };
}

/** Do the children's money figures add up to the parent's, in every column where all are stated? */
export function sumsAgree(parent: DataRow, children: DataRow[], money: number[]): boolean | undefined {
  let checked = 0;
  for (const j of money) {
    const p = parent.values.get(j);
    if (!p || p.empty) continue;
    let sum: Interval = Interval.exact(0);
    let complete = true;
    for (const c of children) {
      const v = c.values.get(j);
      if (!v) {
        complete = false;
        break;
      }
      sum = sum.add(inputInterval(v));
    }
    if (!complete) continue;
    checked++;
    if (!sum.overlaps(inputInterval(p))) return false;
  }
  return checked > 0 ? true : undefined;
}
