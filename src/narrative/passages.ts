import type { Block, Paragraph } from '../model/index.js';

/**
 * The running text cut into passages and blocks, the units a sentence of analysis is read in:
 * - a passage is a paragraph with the paragraphs that continue it: the unmarked paragraphs
 *   after a list item ("a. Capaian ... tercapai 99,01 %." then "Bila dibandingkan dengan
 *   realisasi tahun 2022 ..."), or a paragraph broken in two (the next one starting in lower case);
 * - a block is what is said under one numbered item ("1. Indikator Indeks Kepuasan
 *   Masyarakat" and its a./b./c. items), up to the next numbered item, heading or table.
 */

export interface PassagePart {
  paragraph: Paragraph;
  /** Offsets of the paragraph's text in the passage text. */
  start: number;
  end: number;
}

export interface Passage {
  text: string;
  parts: PassagePart[];
  /** Index of the block in `Narrative.blocks`. */
  block: number;
}

export interface NarrativeBlock {
  passages: Passage[];
  /** Opened by a numbered item ("1.", "2a."), not just the text between two headings. */
  numbered: boolean;
}

export interface Narrative {
  passages: Passage[];
  blocks: NarrativeBlock[];
}

/** "1.", "2)", "1a.", "- 2a.": a numbered item, which opens a block. */
const NUMBERED_ITEM = /^(?:[-•]\s+)?\d{1,2}[a-z]?[.)]$/;
const BULLET = /^[-•]$/;
const ENDS_SENTENCE = /[.!?:;]["”']?\s*$/;

/** A paragraph that sums up or introduces: it does not continue a list item. */
const OWN_PARAGRAPH = /^(dari|berdasarkan|secara\s+(umum|keseluruhan)|dengan\s+demikian|demikian|sebagaimana|adapun|kesimpulan)\b/i;

/** How many unmarked paragraphs after a list item are read as part of it. */
const MAX_CONTINUATIONS = 2;

/** The paragraph `p` continues the passage whose last paragraph is `prev`. */
function continues(prev: Paragraph, p: Paragraph, itemContinuations: number | undefined): boolean {
  if (p.marker) return false;
  // A paragraph broken in two: the sentence goes on in lower case.
  if (/^\p{Ll}/u.test(p.text) && !ENDS_SENTENCE.test(prev.text)) return true;
  return itemContinuations !== undefined && itemContinuations < MAX_CONTINUATIONS && !OWN_PARAGRAPH.test(p.text) && !/[:：]\s*$/.test(p.text);
}

/** Cut the blocks of a report into passages and blocks, in document order. */
export function narrativeOf(blocks: readonly Block[]): Narrative {
  const passages: Passage[] = [];
  const out: NarrativeBlock[] = [];
  let block: NarrativeBlock | undefined;
  let current: Passage | undefined;
  /** Unmarked paragraphs joined to the current list item so far; undefined when the passage is not a list item. */
  let item: number | undefined;
  let prev: Paragraph | undefined;

  const closeBlock = () => {
    block = undefined;
    current = undefined;
    prev = undefined;
    item = undefined;
  };

  for (const b of blocks) {
    if (b.kind !== 'paragraph') {
      closeBlock();
      continue;
    }
    if (current && prev && continues(prev, b, item)) {
      const glue = ENDS_SENTENCE.test(current.text) || /^\p{Ll}/u.test(b.text) ? ' ' : '. ';
      const start = current.text.length + glue.length;
      current.text += glue + b.text;
      current.parts.push({ paragraph: b, start, end: current.text.length });
      prev = b;
      if (item !== undefined) item++;
      continue;
    }
    const numbered = b.marker !== undefined && NUMBERED_ITEM.test(b.marker);
    if (numbered) block = undefined;
    if (!block) {
      block = { passages: [], numbered };
      out.push(block);
    }
    current = { text: b.text, parts: [{ paragraph: b, start: 0, end: b.text.length }], block: out.length - 1 };
    passages.push(current);
    block.passages.push(current);
    item = b.marker !== undefined && !BULLET.test(b.marker) ? 0 : undefined;
    prev = b;
  }
  return { passages, blocks: out };
}

/** The paragraph of a passage that holds the text at `offset`. */
export function paragraphAt(p: Passage, offset: number): Paragraph {
  for (const part of p.parts) if (offset < part.end) return part.paragraph;
  return p.parts[p.parts.length - 1].paragraph;
}
