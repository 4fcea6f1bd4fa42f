/**
 * Record quality (seed 001 看文字记录材料 … 不能每次都照搬照抄): a visit note that is empty or
 * nearly a copy of the same account manager's earlier notes is flagged.
 *
 * Measure: Jaccard similarity of character bigram sets, after removing whitespace,
 * punctuation and digits. Why bigrams of characters: Chinese has no spaces and most words
 * are two characters, so bigrams approximate words without a segmenter's dictionary; for
 * English they still catch reordered and lightly edited copies; dates and quantities that
 * change from visit to visit are dropped so "same text, new numbers" still counts as copied.
 */

export const COPY_THRESHOLD = 0.8;
/** Fewer meaningful characters than this is an empty record. */
export const MIN_MEANINGFUL_CHARACTERS = 8;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}\d]/gu, '');
}

export function bigrams(text: string): Set<string> {
  const chars = [...normalise(text)];
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i < chars.length - 1; i += 1) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return shared / (x.size + y.size - shared);
}

export const isEmptyNote = (text: string | null | undefined) => [...normalise(text ?? '')].length < MIN_MEANINGFUL_CHARACTERS;

/** The most similar earlier note and its similarity, or undefined when there is none. */
export function closestNote(
  note: string,
  earlier: readonly { id: string; notes: string }[],
): { id: string; similarity: number } | undefined {
  let best: { id: string; similarity: number } | undefined;
  for (const candidate of earlier) {
    const score = similarity(note, candidate.notes);
    if (!best || score > best.similarity) best = { id: candidate.id, similarity: score };
  }
  return best;
}
