import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenCreated } from '../../../contracts/auth.contract';
import classes from './api-tokens-section.module.css';

/** The new token's secret, shown this once: copy it, then dismiss it for good. */
export function TokenSecretPanel({ created, onDismiss }: { created: TokenCreated; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="yellow"
      variant="light"
      title={t('tokens.createdTitle', { name: created.token.name })}
      role="alert"
      data-testid="token-secret"
      className={classes.secretPanel}
    >
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {t('tokens.secretWarning')}
        </Text>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" id="token-secret-label">
            {t('tokens.secretLabel')}
          </Text>
          <Code block className={classes.secret} aria-labelledby="token-secret-label">
            {created.secret}
          </Code>
        </Stack>
        <Group gap="sm">
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button size="sm" color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="sm" variant="default" onClick={onDismiss}>
            {t('tokens.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
