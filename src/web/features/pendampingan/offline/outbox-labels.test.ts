import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  enqueue,
  markSending,
  type Outbox,
  summarizeOutbox,
} from '../../../../domain/facilitation/sync-queue';
import { setupI18n } from '../../../i18n/i18n-setup';
import { outboxSummaryText } from './outbox-labels';

const keys = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-9222-222222222222',
  '33333333-3333-4333-a333-333333333333',
  '44444444-4444-4444-b444-444444444444',
];

function outboxOf(states: ('queued' | 'sending' | 'needs_attention' | 'sent')[]): Outbox<null> {
  let outbox: Outbox<null> = [];
  states.forEach((state, i) => {
    const key = keys[i]!;
    outbox = enqueue(outbox, { key, payload: null, evidence: [] }, i).outbox;
    if (state === 'sending') outbox = markSending(outbox, key, 10);
    if (state === 'needs_attention' || state === 'sent')
      outbox = outbox.map((item) => (item.key === key ? { ...item, state } : item));
  });
  return outbox;
}

describe('the outbox summary text', () => {
  beforeAll(async () => {
    setupI18n();
    await i18n.changeLanguage('id');
  });

  it.each([
    [[]],
    [['queued']],
    [['queued', 'sending', 'queued', 'needs_attention']],
    [['needs_attention', 'needs_attention']],
    [['sent']],
  ] as const)('reads as the domain says it in Bahasa Indonesia: %j', (states) => {
    const summary = summarizeOutbox(outboxOf([...states]));
    expect(outboxSummaryText(i18n.t, summary)).toBe(summary.text);
  });

  it('is translated in English', async () => {
    await i18n.changeLanguage('en');
    const summary = summarizeOutbox(outboxOf(['queued', 'needs_attention']));
    expect(outboxSummaryText(i18n.t, summary)).toBe('1 waiting, 1 needs correcting');
    await i18n.changeLanguage('id');
  });
});
