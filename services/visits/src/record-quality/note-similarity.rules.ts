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

import { FlagKind, type Flag } from '../attendance/attendance.rules';

export const COPY_THRESHOLD = 0.8;
/** How far back a note is compared with the same account manager's earlier notes. */
export const COPY_LOOKBACK_DAYS = 90;
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
  return bigramSimilarity(bigrams(a), bigrams(b));
}

/** Jaccard similarity of two notes' bigram sets (for callers that keep each note's set). */
export function bigramSimilarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
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

/** An earlier completed visit's notes, as the copy check compares them. */
export interface EarlierNote {
  id: string;
  notes: string;
  plannedFor: string;
}

/**
 * The record-quality flags of a visit's notes at check-out: empty, or nearly the same as one
 * of `earlier` (the same account manager's completed visits within the look-back).
 */
export function noteFlags(notes: string | null | undefined, earlier: readonly EarlierNote[]): Flag[] {
  if (isEmptyNote(notes)) return [{ kind: FlagKind.EMPTY_NOTES, value: 0, reason: 'no real notes were written' }];
  const closest = closestNote(notes!, earlier);
  if (!closest || closest.similarity < COPY_THRESHOLD) return [];
  const source = earlier.find((candidate) => candidate.id === closest.id)!;
  const percent = Math.round(closest.similarity * 100);
  return [
    {
      kind: FlagKind.COPIED_NOTES,
      value: Math.round(closest.similarity * 100) / 100,
      reason: `notes are ${percent}% like those of the visit on ${source.plannedFor} (${source.id})`,
    },
  ];
}
