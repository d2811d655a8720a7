import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenView, TokenCreated } from '../../../contracts/auth.contract';
import { scopeText } from '../../shared/access-labels';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './api-tokens-section.module.css';
import { CreateTokenForm } from './create-token-form';
import { TokenSecretPanel } from './token-secret-panel';
import { useApiTokens, useRevokeToken } from './use-account-queries';

type TokenState = 'active' | 'revoked' | 'expired';

function stateOf(token: ApiTokenView, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

const STATE_COLOR: Record<TokenState, string> = { active: 'teal', revoked: 'gray', expired: 'orange' };

function TokenRow({ token, onRevoke }: { token: ApiTokenView; onRevoke: (token: ApiTokenView) => void }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const state = stateOf(token);
  return (
    <li className={classes.item} data-testid="api-token">
      <Stack gap={4} className={classes.text}>
        <Group gap={6} wrap="wrap">
          <Text fw={600} size="sm" className={classes.name}>
            {token.name}
          </Text>
          <Badge size="sm" variant="light" radius="sm" color={STATE_COLOR[state]}>
            {t(`tokens.${state}`)}
          </Badge>
          <Badge size="sm" variant="outline" radius="sm" color="gray">
            {token.readOnly ? t('tokens.readOnly') : t('tokens.readWrite')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t('tokens.prefix', { prefix: token.prefix }),
            token.scope ? scopeText(token.scope) : null,
            t('tokens.expires', { date: format.date(token.expiresAt) }),
            token.lastUsedAt
              ? t('tokens.lastUsed', { date: format.dateTime(token.lastUsedAt) })
              : t('tokens.neverUsed'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {state === 'active' && (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          onClick={() => onRevoke(token)}
          className={classes.action}
          aria-label={t('tokens.revokeLabel', { name: token.name })}
        >
          {t('tokens.revoke')}
        </Button>
      )}
    </li>
  );
}

/** The caller's API tokens: list, create (the secret is shown once), revoke. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);

  let list: ReactNode;
  if (tokens.isPending) list = <LoadingState />;
  else if (tokens.isError) list = <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />;
  else if (tokens.data.length === 0)
    list = (
      <Text size="sm" c="dimmed">
        {t('tokens.empty')}
      </Text>
    );
  else
    list = (
      <ul className={classes.list} aria-label={t('tokens.listLabel')}>
        {tokens.data.map((token) => (
          <TokenRow key={token.id} token={token} onRevoke={setRevoking} />
        ))}
      </ul>
    );

  return (
    <SectionCard title={t('tokens.heading')} testId="api-tokens">
      <Text size="sm" c="dimmed">
        {t('tokens.intro')}
      </Text>
      {created && <TokenSecretPanel created={created} onDismiss={() => setCreated(null)} />}
      {list}
      <CreateTokenForm onCreated={setCreated} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        text={t('tokens.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) });
        }}
      />
    </SectionCard>
  );
}
