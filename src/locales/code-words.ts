/**
 * A lifecycle code (a plan status, a closing outcome, a recommended outcome) in the words a
 * locale's plan document uses for it, quoted the language's way; a code the document does not
 * name is shown as it is. Shared by every locale's lifecycle catalog.
 *
 * @internal
 * @module
 */
import type { RenderMessages } from '../render/messages.js';

/** The writers of a locale's status and outcome names. */
export interface CodeWords {
  readonly status: (code: string) => string;
  readonly outcome: (code: string) => string;
  readonly recommended: (code: string) => string;
}

/**
 * The status and outcome names of a locale's render catalog, each put in `quote`.
 *
 * @example
 * ```ts
 * const words = codeWords(RENDER_MESSAGES_DE, (text) => `„${text}“`);
 * words.status('active'); // => "„Aktiv“"
 * words.status('unheard_of'); // => "unheard_of"
 * ```
 */
export function codeWords(render: RenderMessages, quote: (text: string) => string): CodeWords {
  const named = (words: Readonly<Record<string, string>>, code: string): string => (Object.hasOwn(words, code) ? quote(words[code]!) : code);
  return {
    status: (code) => named(render.planStatus, code),
    outcome: (code) => named(render.closingOutcome, code),
    recommended: (code) => named(render.evaluation.outcome, code),
  };
}
