import { describe, expect, it } from 'vitest';
import { actionDialog, historyActionOf, orderRpkpActions } from './rpkp-labels';

describe('orderRpkpActions', () => {
  it('offers the forward steps in review order and withdrawing last', () => {
    expect(orderRpkpActions(['withdraw', 'complete_review', 'request_clarification'])).toEqual([
      'request_clarification',
      'complete_review',
      'withdraw',
    ]);
    expect(orderRpkpActions([])).toEqual([]);
  });
});

describe('actionDialog', () => {
  it('asks the question, the answer, the reason or the regulation where the review needs them', () => {
    expect(actionDialog('request_clarification')).toBe('question');
    expect(actionDialog('resubmit')).toBe('answer');
    expect(actionDialog('withdraw')).toBe('reason');
    expect(actionDialog('approve')).toBe('regulation');
    expect(actionDialog('submit')).toBe('plain');
  });
});

describe('historyActionOf', () => {
  it('reads the audit actions of a version', () => {
    expect(historyActionOf('rpkp.submit')).toBe('submit');
    expect(historyActionOf('rpkp.create')).toBe('create');
    expect(historyActionOf('approve')).toBe('approve');
    expect(historyActionOf('rpkp.progress')).toBeNull();
  });
});
