/**
 * The text of a page read from its operator list, as pdfjs's getTextContent() would give it.
 *
 * A page's operator list already holds every glyph drawn (with its Unicode value and width) and
 * every line; reading the text apart with getTextContent() parses the content stream a second
 * time and costs more than the operator list itself. This replays getTextContent()'s text state
 * over the operator list: the same items, cut where pdfjs cuts them, with the spaces it adds.
 * Annotations (form fields, comments) are left out, as getTextContent() leaves them out.
 * Only horizontal, left-to-right text in ordinary fonts is replayed; a page with vertical text,
 * Type 3 fonts, right-to-left scripts or fonts set through a graphics state is reported as
 * unsupported, and its caller reads it with getTextContent().
 *
 * Ported from pdfjs-dist 5.4 (src/core/evaluator.js, getTextContent); tests compare the two on
 * every page of every PDF fixture.
 */

import { multiplyMatrices as transform } from './geometry.js';

/** A text item, as getTextContent() gives it (the fields this extractor reads). */
export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface FontInfoLike {
  fontMatrix?: number[];
  vertical?: boolean;
  isType3Font?: boolean;
}

interface GlyphLike {
  unicode: string;
  width: number;
  originalCharCode: number;
}

export class UnsupportedText extends Error {}

type Matrix = number[];

const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** pdfjs's Unicode categories of a glyph (getCharUnicodeCategory). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
interface Category {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
  /** Not pdfjs's: a right-to-left script, which pdfjs reorders (bidi) and the replay does not. */
  isRightToLeft: boolean;
}
const categories = new Map<string, Category>();
function categoryOf(char: string): Category {
  let c = categories.get(char);
  if (!c) {
    const groups = char.match(SPECIAL_CHAR);
    c = { isWhitespace: !!groups?.[1], isZeroWidthDiacritic: !!groups?.[2], isInvisibleFormatMark: !!groups?.[3], isRightToLeft: RIGHT_TO_LEFT.test(char) };
    categories.set(char, c);
  }
  return c;
}

/** pdfjs's normalizeUnicode: compatibility forms (ligatures, presentation forms) decomposed. */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
const normalizeUnicode = (s: string) => s.replace(NORMALIZE, (_, p1: string | undefined, p2: string) => (p1 ? p1.normalize('NFKC') : 'ſt'.repeat(p2.length)));

class TextState {
  ctm: Matrix = [1, 0, 0, 1, 0, 0];
  loadedName = '';
  font: FontInfoLike | undefined;
  fontSize = 0;
  fontMatrix: Matrix = FONT_IDENTITY_MATRIX;
  textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  textLineMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const c = new TextState();
    Object.assign(c, this);
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    return c;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }
}

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/**
 * The text items of a page from its operator list. `fontOf` gives the font pdfjs loaded under a
 * name (its commonObjs); `viewBox` is the page's view. Throws UnsupportedText for what is not
 * replayed (see above).
 */
export function textItemsFromOperatorList(list: OperatorList, ops: Record<string, number>, fontOf: (name: string) => FontInfoLike | undefined, viewBox: number[]): TextItem[] {
  const items: TextItem[] = [];
  let state = new TextState();
  const stack: TextState[] = [];
  const forms: Array<Matrix | null> = [];
  // One item object reused, as in pdfjs: its position and size outlive a flush and steer where
  // the next item starts.
  const item = {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    width: 0,
    height: 0,
    prevTransform: null as Matrix | null,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: [] as Matrix,
    fontName: '',
  };
  const twoLastChars = [' ', ' '];
  let twoLastCharsPos = 0;

  const saveLastChar = (char: string) => {
    const nextPos = (twoLastCharsPos + 1) % 2;
    const ret = twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[nextPos] === ' ';
    twoLastChars[twoLastCharsPos] = char;
    twoLastCharsPos = nextPos;
    return ret;
  };
  const shouldAddWhitespace = () => twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[(twoLastCharsPos + 1) % 2] === ' ';
  const resetLastChars = () => {
    twoLastChars[0] = twoLastChars[1] = ' ';
    twoLastCharsPos = 0;
  };

  /** ctm × textMatrix × [size × hScale, 0, 0, size, 0, rise], written out (it runs per glyph). */
  const currentTransform = (): Matrix => {
    const { ctm: c, textMatrix: t, fontSize, textHScale, textRise } = state;
    const a = fontSize * textHScale;
    const i0 = t[0] * a;
    const i1 = t[1] * a;
    const i2 = t[2] * fontSize;
    const i3 = t[3] * fontSize;
    const i4 = t[2] * textRise + t[4];
    const i5 = t[3] * textRise + t[5];
    return [c[0] * i0 + c[2] * i1, c[1] * i0 + c[3] * i1, c[0] * i2 + c[2] * i3, c[1] * i2 + c[3] * i3, c[0] * i4 + c[2] * i5 + c[4], c[1] * i4 + c[3] * i5 + c[5]];
  };

  const ensureItem = () => {
    if (item.initialized) return item;
    item.fontName = state.loadedName;
    const trm = (item.transform = currentTransform());
    item.width = item.totalWidth = 0;
    item.height = Math.hypot(trm[2], trm[3]);
    item.textAdvanceScale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    const size = state.fontSize;
    item.trackingSpaceMin = size * TRACKING_SPACE_FACTOR;
    item.notASpace = size * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = size * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = size * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = size * SPACE_IN_FLOW_MAX_FACTOR;
    item.initialized = true;
    return item;
  };

  const updateAdvanceScale = () => {
    if (!item.initialized) return;
    const scale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    if (scale === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scale;
  };

  const flush = () => {
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    items.push({ str: normalizeUnicode(item.str.join('')), transform: item.transform, width: Math.abs(item.totalWidth), fontName: item.fontName });
    item.initialized = false;
    item.str.length = 0;
  };

  const appendEOL = () => {
    resetLastChars();
    if (item.initialized) flush();
  };

  /** A gap within the flow of words is a space; a wider one ends the item. */
  const addFakeSpaces = (width: number, orientation: number) => {
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    flush();
    resetLastChars();
    return true;
  };

  const applyInverseRotation = (x: number, y: number, m: Matrix): [number, number] => {
    const scale = Math.hypot(m[0], m[1]);
    return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
  };

  const compareWithLastPosition = (glyphWidth: number): boolean => {
    const current = currentTransform();
    let posX = current[4];
    let posY = current[5];
    if (posX + glyphWidth < viewBox[0] || posX > viewBox[2] || posY < viewBox[1] || posY > viewBox[3]) return false;
    if (!state.font || !item.prevTransform) return true;
    let lastPosX = item.prevTransform[4];
    let lastPosY = item.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = applyInverseRotation(posX, posY, current);
        [lastPosX, lastPosY] = applyInverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(item.width);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
      } else {
        item.width += advanceX;
      }
    } else if (!addFakeSpaces(advanceX, orientation)) {
      if (item.str.length === 0) resetLastChars();
      else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flush();
    return true;
  };

  /** getTextContent's buildTextContentItem. */
  const showGlyphs = (glyphs: GlyphLike[], extraSpacing: number) => {
    if (glyphs.length === 0) {
      const spacing = state.charSpacing + extraSpacing;
      if (spacing) state.translateTextMatrix(spacing * state.textHScale, 0);
      return;
    }
    const scale = state.fontMatrix[0] * state.fontSize;
    const to = glyphs.length;
    for (let i = 0; i < to; i++) {
      const glyph = glyphs[i];
      const unicode = glyph.unicode ?? '';
      const category = categoryOf(unicode);
      if (category.isInvisibleFormatMark) continue;
      if (category.isRightToLeft) throw new UnsupportedText('right-to-left text');
      let charSpacing = state.charSpacing + (i + 1 === to ? extraSpacing : 0);
      let scaledDim = (glyph.width ?? 0) * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
      if (category.isWhitespace) {
        charSpacing += scaledDim;
        state.translateTextMatrix(charSpacing * state.textHScale, 0);
        saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !compareWithLastPosition(scaledDim)) {
        state.translateTextMatrix(scaledDim * state.textHScale, 0);
        continue;
      }
      const chunk = ensureItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      scaledDim *= state.textHScale;
      state.translateTextMatrix(scaledDim, 0);
      chunk.width += scaledDim;
      if (scaledDim) chunk.prevTransform = currentTransform();
      if (saveLastChar(unicode)) chunk.str.push(' ');
      chunk.str.push(unicode);
      if (charSpacing) state.translateTextMatrix(charSpacing * state.textHScale, 0);
    }
  };

  /**
   * A showText's glyphs, with TJ's spacing numbers among them, read as getTextContent reads TJ:
   * the glyphs up to a non-zero number are one string, and the number spaces after its last
   * glyph (a zero is no break).
   */
  const showText = (elements: ArrayLike<unknown>) => {
    const spaceFactor = -state.fontSize / 1000;
    let buffer: GlyphLike[] = [];
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i];
      if (typeof e !== 'number') buffer.push(e as GlyphLike);
      else if (e !== 0) {
        showGlyphs(buffer, e * spaceFactor);
        buffer = [];
      }
    }
    if (buffer.length > 0) showGlyphs(buffer, 0);
  };

  const setFont = (name: string, size: number) => {
    if (state.font && name === state.loadedName && size === state.fontSize) return;
    flush();
    const font = fontOf(name);
    if (font?.vertical || font?.isType3Font) throw new UnsupportedText(font.vertical ? 'vertical text' : 'Type 3 font');
    state.loadedName = name;
    state.fontSize = size;
    state.font = font ?? {};
    state.fontMatrix = font?.fontMatrix ?? FONT_IDENTITY_MATRIX;
  };

  const { fnArray, argsArray } = list;
  // Annotations' appearances (form fields, stamps, comments) are in the operator list, and not in
  // getTextContent()'s text: they are skipped.
  let inAnnotation = 0;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    if (inAnnotation > 0 || fn === ops.endAnnotation) continue;
    const args = argsArray[k] as any[]; // each operator has arguments of its own
    switch (fn) {
      case ops.save:
        stack.push(state);
        state = state.clone();
        break;
      case ops.restore: {
        const previous = state;
        state = stack.pop() ?? state;
        if (previous.font !== state.font || previous.fontSize !== state.fontSize || previous.loadedName !== state.loadedName) flush();
        break;
      }
      case ops.transform:
        state.ctm = transform(state.ctm, args);
        break;
      // pdfjs reads a form's text as a text of its own: a fresh item and spacing inside it.
      case ops.paintFormXObjectBegin:
        flush();
        forms.push(item.prevTransform);
        item.prevTransform = null;
        resetLastChars();
        stack.push(state);
        state = state.clone();
        if (args[0]) state.ctm = transform(state.ctm, Array.from(args[0] as ArrayLike<number>));
        break;
      case ops.paintFormXObjectEnd:
        flush();
        item.prevTransform = forms.pop() ?? null;
        state = stack.pop() ?? state;
        break;
      case ops.setFont:
        setFont(args[0], args[1]);
        break;
      case ops.setTextRise:
        state.textRise = args[0];
        break;
      case ops.setHScale:
        state.textHScale = args[0] / 100;
        break;
      case ops.setLeading:
        state.leading = args[0];
        break;
      case ops.moveText:
        state.translateTextLineMatrix(args[0], args[1]);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case ops.setLeadingMoveText:
        state.leading = -args[1];
        state.translateTextLineMatrix(args[0], args[1]);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case ops.nextLine:
        state.carriageReturn();
        break;
      case ops.setTextMatrix: {
        const m = Array.from(args[0] as ArrayLike<number>);
        state.textMatrix = m;
        state.textLineMatrix = m.slice();
        updateAdvanceScale();
        break;
      }
      case ops.setCharSpacing:
        state.charSpacing = args[0];
        break;
      case ops.setWordSpacing:
        state.wordSpacing = args[0];
        break;
      case ops.beginText:
        state.textMatrix = [1, 0, 0, 1, 0, 0];
        state.textLineMatrix = [1, 0, 0, 1, 0, 0];
        break;
      case ops.showText:
        if (state.font) showText(args[0]);
        break;
      case ops.beginMarkedContent:
      case ops.beginMarkedContentProps:
      case ops.endMarkedContent:
        flush();
        break;
      case ops.setGState:
        for (const entry of (args[0] ?? []) as unknown[][]) if (entry?.[0] === 'Font') throw new UnsupportedText('font set by a graphics state');
        break;
    }
  }
  flush();
  return items;
}
