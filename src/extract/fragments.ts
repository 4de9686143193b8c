import { LEXICON } from './lexicon.js';

/**
 * Rejoining words that conversion broke into fragments ("Pe ny edi aa n", one letter per
 * line). The letters are kept; only the spaces between them are re-decided, by a
 * word segmentation (Viterbi over a vocabulary, cheaper for frequent words) that uses the
 * report's own clean text plus a lexicon of the budget nomenclature.
 */
export class Vocabulary {
  private readonly cost = new Map<string, number>();
  private readonly freq = new Map<string, number>();
  readonly maxWordLength: number;

  constructor(words: Iterable<string>) {
    const freq = this.freq;
    for (const w of words) {
      const k = w.toLowerCase();
      freq.set(k, (freq.get(k) ?? 0) + 1);
    }
    for (const w of LEXICON) freq.set(w, (freq.get(w) ?? 0) + 2);
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const logN = Math.log(ranked.length + 2);
    let max = 1;
    ranked.forEach(([w], rank) => {
      // Zipf: cost grows with the log of the rank; long words are preferred over chains of short ones.
      this.cost.set(w, Math.log((rank + 1) * logN) + 1);
      max = Math.max(max, w.length);
    });
    this.maxWordLength = Math.min(max, 24);
  }

  has(word: string): boolean {
    return this.cost.has(word.toLowerCase());
  }

  /** How often the word occurs (the lexicon's words count twice more). */
  count(word: string): number {
    return this.freq.get(word.toLowerCase()) ?? 0;
  }

  wordCost(word: string): number | undefined {
    return this.cost.get(word);
  }

  /** Build from clean text: words of at least two letters from lines that do not look fragmented. */
  static fromTexts(texts: Iterable<string>): Vocabulary {
    const words: string[] = [];
    for (const t of texts) {
      const tokens = letterTokens(t);
      if (tokens.length === 0 || shortShare(tokens) > 0.25) continue;
      for (const tok of tokens) if (tok.length >= 2) words.push(tok);
    }
    return new Vocabulary(words);
  }
}

function letterTokens(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

function shortShare(tokens: string[]): number {
  return tokens.filter((t) => t.length <= 3).length / tokens.length;
}

/** Cheap test before segmenting: enough very short tokens to be worth a look. */
export function mayBeFragmented(text: string): boolean {
  const tokens = letterTokens(text);
  return tokens.length >= 3 && shortShare(tokens) >= 0.25;
}

const UNKNOWN_CHAR_COST = 12;

/** Segment a run of letters (spaces removed) into words. */
function segmentLetters(letters: string, vocab: Vocabulary): string[] {
  const lower = letters.toLowerCase();
  const n = lower.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - vocab.maxWordLength); j < i; j++) {
      if (best[j] === Infinity) continue;
      const piece = lower.slice(j, i);
      let c = vocab.wordCost(piece) ?? (i - j === 1 ? UNKNOWN_CHAR_COST : Infinity);
      // A capital after a lower-case letter usually starts a word ("PenyediaanJasa").
      if (c !== Infinity && j > 0 && isUpper(letters[j]) && !isUpper(letters[j - 1])) c -= 1.5;
      if (best[j] + c < best[i]) {
        best[i] = best[j] + c;
        back[i] = j;
      }
    }
  }
  const words: string[] = [];
  for (let i = n; i > 0; i = back[i]) words.unshift(letters.slice(back[i], i));
  return mergeUnknownLetters(words, vocab);
}

/** Runs of single unknown letters become one token again ("x y z" -> "xyz"). */
function mergeUnknownLetters(words: string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && w.length === 1 && !vocab.has(w) && !vocab.has(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Rejoin a fragmented text. Letters between punctuation or digits are re-segmented;
 * punctuation and digits stay where they were. The text is kept as it is unless the
 * segmentation joins enough fragments to be a clear repair (a fifth fewer words at least).
 */
export function rejoinFragments(text: string, vocab: Vocabulary): string {
  if (!mayBeFragmented(text)) return text;
  const pieces = text.match(/[\p{L} ]+|[^\p{L} ]+/gu) ?? [];
  const out: string[] = [];
  for (const piece of pieces) {
    if (!/\p{L}/u.test(piece)) {
      out.push(piece.trim());
      continue;
    }
    out.push(segmentLetters(piece.replace(/ /g, ''), vocab).join(' '));
  }
  const joined = out
    .filter((s) => s.length > 0)
    .join(' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/([(]) /g, '$1')
    .replace(/ ?\/ ?/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
  const before = letterTokens(text).length;
  const after = letterTokens(joined).length;
  if (after > before * 0.8 || before - after < 2) return text;
  // A repair ends in words: if it merely glued unknown words together, keep the text.
  const unknown = unknownShare(joined, vocab);
  return unknown <= 0.2 && unknown <= unknownShare(text, vocab) ? joined : text;
}

/** Share of letters in tokens the vocabulary does not know. */
function unknownShare(text: string, vocab: Vocabulary): number {
  let letters = 0;
  let unknown = 0;
  for (const t of letterTokens(text)) {
    letters += t.length;
    if (!vocab.has(t)) unknown += t.length;
  }
  return letters === 0 ? 0 : unknown / letters;
}

/** "KEUANGA" + "N": the joined word is more common than either piece. */
export function isBrokenWord(a: string, b: string, vocab: Vocabulary): boolean {
  return vocab.count(a + b) > Math.max(vocab.count(a), vocab.count(b));
}

/**
 * Text laid out in lines ("\n" between them), as in a PDF cell: a word broken at the end of a
 * line without a hyphen ("KEUANGA" / "N") is joined when the joined word is known and a piece
 * is not; other line breaks become spaces.
 */
export function resolveLineBreaks(text: string, vocab: Vocabulary): string {
  return text
    .replace(/(\p{L}+)\n(?=(\p{L}+))/gu, (whole, a: string, b: string) => (isBrokenWord(a, b, vocab) ? a : `${a} `))
    .replace(/\s*\n\s*/g, ' ');
}
