import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../contracts/musyawarah.contract';
import classes from './musyawarah.module.css';

/** The decisions as written in the berita acara, each with the result it rests on. */
export function DecisionList({
  decisions,
  resultTitle,
}: {
  decisions: readonly Decision[];
  resultTitle: (id: string | null) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <ol className={classes.methodList} data-testid="decision-list">
      {decisions.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: decisions have no id of their own
        <li key={i} data-testid="decision">
          <Text size="sm" className={classes.prewrap}>
            {d.text}
          </Text>
          {resultTitle(d.resultId) && (
            <Text size="xs" c="dimmed">
              {t('musyawarah.decisions.basedOn', { title: resultTitle(d.resultId) })}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
