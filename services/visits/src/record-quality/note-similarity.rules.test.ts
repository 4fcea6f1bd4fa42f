import { describe, expect, it } from '@jest/globals';
import { FlagKind } from '../attendance/attendance.rules';
import { closestNote, COPY_THRESHOLD, isEmptyNote, noteFlags, similarity } from './note-similarity.rules';

describe('note similarity', () => {
  const note = '店主反映玉溪货源紧张,希望下周增加两条。陈列整齐,价签齐全。';

  it('scores a copy with new numbers and punctuation as copied', () => {
    expect(similarity(note, '店主反映玉溪货源紧张，希望下周增加5条 陈列整齐 价签齐全')).toBeGreaterThanOrEqual(COPY_THRESHOLD);
  });

  it('scores a genuinely different note of the same shop as not copied', () => {
    expect(similarity(note, '竞品红河新品铺货,店主担心滞销,约定月底复查库存并帮助调剂。')).toBeLessThan(0.3);
  });

  it('works for English too', () => {
    expect(
      similarity('Owner asked for more Yuxi, display tidy, price tags shown', 'owner asked for more yuxi; display tidy; price tags shown!'),
    ).toBe(1);
    expect(similarity('Owner asked for more Yuxi', 'Competitor launched a new brand nearby')).toBeLessThan(0.2);
  });

  it('treats blank and near-blank notes as empty', () => {
    expect(isEmptyNote('')).toBe(true);
    expect(isEmptyNote(null)).toBe(true);
    expect(isEmptyNote('正常。。。 ')).toBe(true);
    expect(isEmptyNote(note)).toBe(false);
  });

  it('finds the closest earlier note', () => {
    expect(
      closestNote(note, [
        { id: 'a', notes: '完全不同的内容,讲的是送货时间' },
        { id: 'b', notes: note },
      ]),
    ).toEqual({ id: 'b', similarity: 1 });
    expect(closestNote(note, [])).toBeUndefined();
  });

  it('flags empty notes, and notes nearly copied from an earlier visit, naming that visit', () => {
    expect(noteFlags('正常', [])).toEqual([{ kind: FlagKind.EMPTY_NOTES, value: 0, reason: 'no real notes were written' }]);
    const earlier = [
      { id: 'a', notes: '完全不同的内容,讲的是送货时间', plannedFor: '2026-10-01' },
      { id: 'b', notes: note, plannedFor: '2026-10-02' },
    ];
    expect(noteFlags(note, earlier)).toEqual([
      { kind: FlagKind.COPIED_NOTES, value: 1, reason: 'notes are 100% like those of the visit on 2026-10-02 (b)' },
    ]);
    expect(noteFlags(note, earlier.slice(0, 1))).toEqual([]);
  });
});
