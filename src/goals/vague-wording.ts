/**
 * A small vague-wording matcher for goal titles, linear in the length of the text.
 *
 * How it works, in two passes, each visiting every character or token a bounded number of
 * times (no regular expression, no backtracking):
 *
 * 1. **Tokenise** in one scan: lower-case letters (any non-ASCII character counts as a letter),
 *    digits and apostrophes form words; everything else separates them. A token with a digit,
 *    or one of a few number words (`one` ... `hundred`, `half`, `double`, `twice`), marks the
 *    text as quantified. Fillers (`a`, `an`, `the`, `your`, `my`, `his`, `her`, `their`, `our`)
 *    are dropped.
 * 2. **Match** the phrase list, stored as a trie of tokens: from each token, walk the trie as
 *    far as the tokens agree. The walk is at most as long as the longest phrase
 *    ({@link MAX_PHRASE_TOKENS}), so the work is at most `tokens x MAX_PHRASE_TOKENS` steps.
 *
 * Phrases come in two kinds: **always vague** (attitude and effort words, which no number makes
 * measurable: "improve attitude", "be more engaged") and **vague unless quantified** ("sell
 * more", "close more deals", "do better", "build more pipeline"), which count only when the
 * text has no number. Word alternatives are written `deal|deals`.
 *
 * @internal
 * @module
 */

/** Phrases that are vague whatever numbers surround them. */
const ALWAYS_VAGUE: readonly string[] = [
  'improve attitude',
  'better attitude',
  'positive attitude',
  'attitude problem',
  'more engaged',
  'be engaged',
  'more motivated',
  'more proactive',
  'more committed',
  'more commitment',
  'more effort',
  'try harder',
  'work harder',
  'step up',
  'take ownership',
  'team player',
  'right mindset',
  'more hustle',
];

/** Phrases that are vague when the text states no number. */
const VAGUE_UNLESS_QUANTIFIED: readonly string[] = [
  'sell more',
  'sell better',
  'close more',
  'close more deal|deals|business|revenue',
  'do better',
  'be better',
  'better results|numbers',
  'build more pipeline',
  'more pipeline',
  'improve performance|results|numbers|sales',
  'increase sales|revenue|performance',
  'more sales|revenue|deals|activity',
  'more calls|meetings|demos|opportunities',
  'hit number|numbers|quota|target|targets',
  'perform better',
];

/** Tokens dropped before matching. */
const FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'your', 'my', 'his', 'her', 'their', 'our']);

/** Words that state a quantity. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'thousand', 'half', 'double', 'twice', 'percent',
]);

/** Whether a phrase is vague always or only without a number. */
export type VagueKind = 'always' | 'unless_quantified';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** The phrase ending here, if any. */
  phrase?: { readonly kind: VagueKind };
}

function newNode(): TrieNode {
  return { next: new Map() };
}

/** Expand `close more deal|deals` into every token sequence and add it to the trie. */
function addPhrase(root: TrieNode, phrase: string, kind: VagueKind): number {
  const words = phrase.split(' ').map((word) => word.split('|'));
  let frontier: TrieNode[] = [root];
  for (const alternatives of words) {
    const nextFrontier: TrieNode[] = [];
    for (const node of frontier) {
      for (const word of alternatives) {
        let child = node.next.get(word);
        if (!child) {
          child = newNode();
          node.next.set(word, child);
        }
        nextFrontier.push(child);
      }
    }
    frontier = nextFrontier;
  }
  for (const node of frontier) node.phrase ??= { kind };
  return words.length;
}

const TRIE = newNode();
let longest = 0;
for (const phrase of ALWAYS_VAGUE) longest = Math.max(longest, addPhrase(TRIE, phrase, 'always'));
for (const phrase of VAGUE_UNLESS_QUANTIFIED) longest = Math.max(longest, addPhrase(TRIE, phrase, 'unless_quantified'));

/** The longest phrase, in tokens: the bound on each trie walk. */
export const MAX_PHRASE_TOKENS: number = longest;

/** One vague phrase found. */
export interface VagueMatch {
  /** The words that matched, fillers left out ("close more deals"). */
  readonly phrase: string;
  readonly kind: VagueKind;
  /** Index of the first matching token. */
  readonly token: number;
}

/** What the matcher found, and how much work it did. */
export interface VagueScan {
  /** True when an always-vague phrase matched, or a vague-unless-quantified one in text without a number. */
  readonly vague: boolean;
  /** Every phrase found (longest at each position). */
  readonly matches: readonly VagueMatch[];
  /** True when the text states a number. */
  readonly quantified: boolean;
  /** Characters scanned plus trie steps taken: the work done, for the linearity test. */
  readonly steps: number;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code > 127;
}

/**
 * Scan a text for vague wording, counting the steps taken.
 *
 * @internal
 */
export function scanVagueWording(text: string): VagueScan {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let quantified = false;
  let steps = 0;
  let start = -1;
  let hasDigit = false;
  for (let i = 0; i <= lower.length; i += 1) {
    steps += 1;
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        hasDigit = false;
      }
      if (code >= 48 && code <= 57) hasDigit = true;
      continue;
    }
    if (start >= 0) {
      const token = lower.slice(start, i);
      if (hasDigit || NUMBER_WORDS.has(token)) quantified = true;
      if (!FILLERS.has(token)) tokens.push(token);
      start = -1;
    }
  }
  const matches: VagueMatch[] = [];
  for (let t = 0; t < tokens.length; t += 1) {
    let node: TrieNode | undefined = TRIE;
    let found: TrieNode['phrase'];
    let end = t;
    for (let k = t; k < tokens.length && k - t < MAX_PHRASE_TOKENS; k += 1) {
      steps += 1;
      node = node.next.get(tokens[k] as string);
      if (!node) break;
      if (node.phrase) {
        found = node.phrase;
        end = k;
      }
    }
    if (found) {
      steps += end - t + 1;
      matches.push({ phrase: tokens.slice(t, end + 1).join(' '), kind: found.kind, token: t });
    }
  }
  const vague = matches.some((match) => match.kind === 'always' || !quantified);
  return { vague, matches, quantified, steps };
}
