/**
 * Wording about protected characteristics: a whole-word phrase matcher over every free-text
 * field of a plan.
 *
 * 1. **Words.** A text is split once into words: runs of letters, combining marks and digits
 *    (any script), with inner apostrophes (`'`, `’`, `ʼ`); everything else (spaces, hyphens,
 *    slashes, punctuation) separates words. Each word is normalised: NFKC (full-width and
 *    ligature forms become plain letters), lower case, `ß` as `ss`, and a trailing `'s` dropped
 *    ("her accent's" is "her accent"). A word is only ever compared whole: "manage", "average"
 *    and "agenda" are not "age", "threshold" is not "old".
 * 2. **Match.** The terms (built-in and the host's) are a trie of normalised words; from each
 *    word the matcher walks the trie as far as the words agree, keeping the longest term that
 *    ends there (at most the longest term's length in steps). The allowed phrases are a second
 *    trie walked the same way; a term sharing a word with an allowed phrase found in the same
 *    text is not reported ("race to the bottom", "baby steps").
 *
 * Languages written without spaces between words (Chinese, Japanese, Thai) are not split into
 * words by this matcher; their lists will need a matcher of their own.
 *
 * @internal
 * @module
 */
import type { Plan } from '../schema/types.js';
import { isSection, type FieldEntry } from './field-words.js';
import { CHARACTERISTIC_NAMES, PROTECTED_TERMS, PROTECTED_TERMS_ALLOWED, type ProtectedCharacteristic, type ProtectedTermList } from './protected-terms.js';

/** One word of a text: its normalised form and where it stands in the text. */
interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** A word as the matcher compares it. */
function normalizeWord(raw: string): string {
  const word = raw.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/[’ʼ]/g, "'");
  return word.endsWith("'s") && word.length > 2 ? word.slice(0, -2) : word;
}

const NON_ASCII = /[^\u0000-\u007f]/;

const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The words of an ASCII text: the same words as {@link wordsOf}'s general path, by char codes. */
function asciiWordsOf(text: string): Word[] {
  const out: Word[] = [];
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isAsciiAlnum(code)) {
      if (start < 0) start = i;
      continue;
    }
    // an apostrophe between two letters or digits is inside the word ("doctor's")
    if (code === 39 && start >= 0 && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) continue;
    if (start >= 0) {
      let word = lower.slice(start, i);
      if (word.endsWith("'s") && word.length > 2) word = word.slice(0, -2);
      out.push({ word, start, end: i });
      start = -1;
    }
  }
  return out;
}

/** The words of a text, in order. */
function wordsOf(text: string): Word[] {
  if (!NON_ASCII.test(text)) return asciiWordsOf(text);
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    out.push({ word: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return out;
}

/**
 * True when a phrase has at least one word the matcher can compare (a host term of punctuation
 * alone could never match).
 *
 * @internal
 */
export function hasWords(phrase: string): boolean {
  return wordsOf(phrase).length > 0;
}

interface Node {
  readonly next: Map<string, Node>;
  term?: { readonly phrase: string; readonly characteristic: ProtectedCharacteristic };
}

const node = (): Node => ({ next: new Map() });

/** Add every word sequence of a phrase to a trie. `alternatives`: `a|b` is one word, either. */
function add(root: Node, phrase: string, characteristic: ProtectedCharacteristic, alternatives: boolean): number {
  const slots: string[][] = alternatives
    ? phrase.split(' ').filter((part) => part !== '').map((part) => part.split('|').map(normalizeWord))
    : wordsOf(phrase).map((w) => [w.word]);
  let frontier: Node[] = [root];
  let words: string[][] = [[]];
  for (const slot of slots) {
    const nextFrontier: Node[] = [];
    const nextWords: string[][] = [];
    frontier.forEach((at, i) => {
      for (const word of slot) {
        let child = at.next.get(word);
        if (!child) {
          child = node();
          at.next.set(word, child);
        }
        nextFrontier.push(child);
        nextWords.push([...(words[i] as string[]), word]);
      }
    });
    frontier = nextFrontier;
    words = nextWords;
  }
  frontier.forEach((end, i) => {
    if (end !== root) end.term ??= { phrase: (words[i] as string[]).join(' '), characteristic };
  });
  return slots.length;
}

/** The terms and allowed phrases, compiled. */
export interface WordingMatcher {
  readonly terms: Node;
  readonly allowed: Node;
  /** The longest term or allowed phrase, in words: the bound on each walk. */
  readonly longest: number;
}

/** One protected term found in a text. */
export interface WordingMatch {
  /** The words as they stand in the text ("Her accent"). */
  readonly text: string;
  /** The term of the list they match, normalised ("her accent"). */
  readonly term: string;
  readonly characteristic: ProtectedCharacteristic;
  /** Where the words start and end in the text (UTF-16 offsets, end excluded). */
  readonly start: number;
  readonly end: number;
}

/** Host terms or allowed phrases, keyed by language tag. */
export type TermsByLanguage = { readonly [language: string]: readonly string[] };

function compile(added: TermsByLanguage, allowed: TermsByLanguage): WordingMatcher {
  const terms = node();
  const exceptions = node();
  let longest = 1;
  for (const list of Object.values(PROTECTED_TERMS) as ProtectedTermList[]) {
    for (const [characteristic, phrases] of Object.entries(list) as [ProtectedCharacteristic, readonly string[]][]) {
      for (const phrase of phrases) longest = Math.max(longest, add(terms, phrase, characteristic, true));
    }
  }
  for (const phrases of Object.values(PROTECTED_TERMS_ALLOWED)) for (const phrase of phrases) longest = Math.max(longest, add(exceptions, phrase, 'host_listed', true));
  for (const phrases of Object.values(added)) for (const phrase of phrases) longest = Math.max(longest, add(terms, phrase, 'host_listed', false));
  for (const phrases of Object.values(allowed)) for (const phrase of phrases) longest = Math.max(longest, add(exceptions, phrase, 'host_listed', false));
  return { terms, allowed: exceptions, longest };
}

const EMPTY: TermsByLanguage = Object.freeze({});
const compiled = new WeakMap<TermsByLanguage, WeakMap<TermsByLanguage, WordingMatcher>>();

/**
 * The matcher for the built-in lists plus a host's terms and allowed phrases (compiled once per
 * resolved policy: the policy's lists are frozen objects).
 *
 * @internal
 */
export function wordingMatcher(added: TermsByLanguage = EMPTY, allowed: TermsByLanguage = EMPTY): WordingMatcher {
  let inner = compiled.get(added);
  if (!inner) {
    inner = new WeakMap();
    compiled.set(added, inner);
  }
  let matcher = inner.get(allowed);
  if (!matcher) {
    matcher = compile(added, allowed);
    inner.set(allowed, matcher);
  }
  return matcher;
}

/** The index of the last word of the longest phrase of a trie starting at word `from`, or -1; its term in `found[0]`. */
function longestAt(root: Node, words: readonly Word[], from: number, bound: number, found?: [Node['term']]): number {
  let at = root.next.get((words[from] as Word).word);
  if (!at) return -1;
  let end = -1;
  for (let k = from; ; ) {
    if (at.term) {
      end = k;
      if (found) found[0] = at.term;
    }
    k += 1;
    if (k >= words.length || k - from >= bound) break;
    at = at.next.get((words[k] as Word).word);
    if (!at) break;
  }
  return end;
}

/**
 * Every protected term in a text, in order: the longest at each word, a term inside one already
 * found left out, a term sharing a word with an allowed phrase found in the text left out. Most
 * texts hold no term: for them the work is one map look-up per word.
 *
 * @internal
 */
export function findProtectedWording(text: string, matcher: WordingMatcher = wordingMatcher()): WordingMatch[] {
  const words = wordsOf(text);
  const candidates: { readonly from: number; readonly end: number; readonly term: NonNullable<Node['term']> }[] = [];
  const found: [Node['term']] = [undefined];
  for (let t = 0; t < words.length; t += 1) {
    const end = longestAt(matcher.terms, words, t, matcher.longest, found);
    if (end >= 0 && found[0]) candidates.push({ from: t, end, term: found[0] });
  }
  if (candidates.length === 0) return [];
  const allowedWord = new Uint8Array(words.length);
  for (let t = 0; t < words.length; t += 1) {
    const end = longestAt(matcher.allowed, words, t, matcher.longest);
    for (let k = t; k <= end; k += 1) allowedWord[k] = 1;
  }
  const out: WordingMatch[] = [];
  let coveredUntil = -1;
  for (const { from, end, term } of candidates) {
    if (end <= coveredUntil) continue;
    let allowed = false;
    for (let k = from; k <= end && !allowed; k += 1) allowed = allowedWord[k] === 1;
    if (allowed) continue;
    coveredUntil = end;
    const first = words[from] as Word;
    const last = words[end] as Word;
    out.push({ text: text.slice(first.start, last.end), term: term.phrase, characteristic: term.characteristic, start: first.start, end: last.end });
  }
  return out;
}

/**
 * The words a characteristic is called in findings.
 *
 * @internal
 */
export function characteristicName(characteristic: ProtectedCharacteristic): string {
  return CHARACTERISTIC_NAMES[characteristic];
}

// ---------------------------------------------------------------------------
// The free-text fields of a plan
// ---------------------------------------------------------------------------

/**
 * Every free-text field lint reads for protected wording, as paths with `*` for each entry of a
 * list, in plan order. `signatures.*.comment` is read for the manager's and HR's signatures only.
 *
 * @internal
 */
export const WORDING_FIELDS: readonly string[] = Object.freeze([
  'title',
  'purpose',
  'priorCoaching.*.topic',
  'priorCoaching.*.notes',
  'diagnostic.strengths.*',
  'diagnostic.struggles.*',
  'diagnostic.notDoing.*',
  'diagnostic.doingWrong.*',
  'diagnostic.systemFactors.*.description',
  'diagnostic.systemFactors.*.mitigation',
  'diagnostic.rootCauseNotes',
  'metrics.*.name',
  'metrics.*.description',
  'metrics.*.rubric.levels.*.label',
  'metrics.*.rubric.levels.*.description',
  'gaps.*.description',
  'gaps.*.evidence.*',
  'goals.*.title',
  'goals.*.description',
  'goals.*.milestones.*.label',
  'development.*.skill',
  'development.*.practice',
  'development.*.feedback',
  'support.*.description',
  'supportDeliveries.*.note',
  'checkIns.*.notes',
  'checkIns.*.privateNotes',
  'checkIns.*.progress.*.note',
  'checkIns.*.actions.*.description',
  'checkIns.*.adjustments.*',
  'outcomes.success',
  'outcomes.ifNotMet',
  'outcomes.ifSuccessful',
  'reviews.*.notes',
  'signatures.*.comment',
  'amendments.*.reason',
  'extensions.*.reason',
  'pauses.*.reason',
  'closure.reason',
]);

type Segment = string;

/** Every (path, text) of a field pattern in a plan; `at` is the path so far, shared and restored. */
function resolve(value: unknown, pattern: readonly Segment[], depth: number, at: (string | number)[], out: { path: (string | number)[]; text: string }[]): void {
  if (depth === pattern.length) {
    if (typeof value === 'string' && value.trim() !== '') out.push({ path: [...at], text: value });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const head = pattern[depth] as Segment;
  if (head === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i += 1) {
      at.push(i);
      resolve(value[i], pattern, depth + 1, at, out);
      at.pop();
    }
    return;
  }
  at.push(head);
  resolve((value as Readonly<Record<string, unknown>>)[head], pattern, depth + 1, at, out);
  at.pop();
}

/** A free-text field of a plan, with its path. */
export interface PlanText {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

const PATTERNS: readonly (readonly Segment[])[] = WORDING_FIELDS.map((field) => field.split('.'));

/**
 * The free-text fields of a plan lint reads for wording, in plan order (blank ones left out).
 *
 * @internal
 */
export function planTexts(plan: Plan): PlanText[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  for (const pattern of PATTERNS) {
    const found: { path: (string | number)[]; text: string }[] = [];
    resolve(plan, pattern, 0, [], found);
    for (const entry of found) {
      if (entry.path[0] === 'signatures' && plan.signatures[entry.path[1] as number]?.role === 'employee') continue;
      out.push(entry);
    }
  }
  return out;
}



/**
 * The list entry a text is in, as data (none for a field outside the plan's lists): "ci-3", a date, or its place.
 *
 * @internal
 */
export function fieldEntry(plan: Plan, path: readonly (string | number)[]): FieldEntry | undefined {
  const [head, index] = path;
  if (!isSection(head) || typeof index !== 'number') return undefined;
  const entry = ((plan as unknown as Readonly<Record<string, unknown>>)[head as string] as readonly Readonly<Record<string, unknown>>[] | undefined)?.[index];
  for (const by of ['id', 'date', 'start', 'grantedOn'] as const) if (typeof entry?.[by] === 'string') return { by, value: entry[by] as string };
  return { by: 'index', value: index + 1 };
}

