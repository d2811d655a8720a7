import type { TFunction } from 'i18next';
import type { OutboxSummary } from '../../../../domain/facilitation/sync-queue';

/**
 * The outbox summary in the reader's language: in Bahasa Indonesia exactly the domain's
 * `summarizeOutbox` text ("3 menunggu, 1 perlu diperbaiki" / "Semua entri sudah terkirim").
 */
export function outboxSummaryText(
  t: TFunction,
  summary: Pick<OutboxSummary, 'waiting' | 'needsAttention'>,
): string {
  const parts: string[] = [];
  if (summary.waiting > 0) parts.push(t('catatKegiatan.outbox.waiting', { count: summary.waiting }));
  if (summary.needsAttention > 0)
    parts.push(t('catatKegiatan.outbox.needsAttention', { count: summary.needsAttention }));
  return parts.length > 0 ? parts.join(', ') : t('catatKegiatan.outbox.allSent');
}
