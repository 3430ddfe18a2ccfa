import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';

/** An answer to a Kano question, as a word or as its position 1–5 in this order. */
export type KanoAnswer = 'like' | 'must-be' | 'neutral' | 'live-with' | 'dislike' | 1 | 2 | 3 | 4 | 5;

/**
 * A Kano category: `A` attractive, `O` one-dimensional, `M` must-be, `I` indifferent, `R` reverse,
 * `Q` questionable.
 */
export type KanoCategoryCode = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

const ANSWERS: Readonly<Record<string, number>> = { like: 0, 'must-be': 1, neutral: 2, 'live-with': 3, dislike: 4 };

// Rows: functional answer; columns: dysfunctional answer (Like, Must-be, Neutral, Live-with, Dislike).
const TABLE: readonly (readonly KanoCategoryCode[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/**
 * Position 0–4 of a Kano answer, or −1 when it is not one.
 * @internal
 */
export function kanoAnswerIndex(answer: unknown): number {
  if (typeof answer === 'string') return ANSWERS[answer] ?? -1;
  if (answer === 1 || answer === 2 || answer === 3 || answer === 4 || answer === 5) return answer - 1;
  return -1;
}

/**
 * Kano category of one respondent's pair of answers about a feature, from the standard evaluation table.
 *
 * @remarks
 * Evaluation table (Kano et al. 1984; Berger et al. 1993), rows the functional answer ("if the feature is
 * present"), columns the dysfunctional answer ("if it is absent"), both from Like, Must-be, Neutral,
 * Live-with, Dislike:
 * ```
 *              Like  Must-be  Neutral  Live-with  Dislike
 * Like          Q      A        A         A          O
 * Must-be       R      I        I         I          M
 * Neutral       R      I        I         I          M
 * Live-with     R      I        I         I          M
 * Dislike       R      R        R         R          Q
 * ```
 * O(1).
 *
 * @param functional - Answer to the functional question: a word or its position 1–5.
 * @param dysfunctional - Answer to the dysfunctional question.
 * @returns The category code.
 * @throws `INVALID_ARGUMENT` when an answer is not one of the five words or 1–5.
 * @example
 * ```ts
 * kanoCategory('like', 'dislike'); // 'O'
 * kanoCategory('neutral', 'dislike'); // 'M'
 * kanoCategory(1, 3); // 'A'
 * ```
 * @see Kano, N., Seraku, N., Takahashi, F. & Tsuji, S. (1984). Attractive quality and must-be quality.
 *   Hinshitsu (Quality) 14(2), 147–156.
 * @see Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality. Center for
 *   Quality of Management Journal 2(4), 3–36.
 */
export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategoryCode {
  const f = kanoAnswerIndex(functional);
  const d = kanoAnswerIndex(dysfunctional);
  const rule = "must be 'like', 'must-be', 'neutral', 'live-with', 'dislike' or 1-5";
  if (f < 0) throw new InvalidArgumentError('kanoCategory', 'functional', rule, functional);
  if (d < 0) throw new InvalidArgumentError('kanoCategory', 'dysfunctional', rule, dysfunctional);
  return (TABLE[f] as readonly KanoCategoryCode[])[d] as KanoCategoryCode;
}
