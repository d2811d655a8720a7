import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';

/**
 * Why the server refused the file: for a bad sheet every line and column it named
 * (`baris 12, kolom IKS_2024: …`), otherwise the server's own words.
 */
export function ImportProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const issues = isApiError(error) ? (error.problem?.errors ?? []) : [];
  const lineIssues = issues.filter((i) => i.field !== 'file' && i.field !== 'body');
  if (lineIssues.length === 0)
    return <MutationErrorAlert error={error} title={t('indexImport.failedTitle')} />;
  return (
    <Alert
      color="red"
      variant="light"
      title={t('indexImport.failedTitle')}
      role="alert"
      tabIndex={-1}
      data-error-alert
      data-testid="import-problems"
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('indexImport.problems', { count: lineIssues.length })}
        </Text>
        <List size="sm" spacing={4} style={{ overflowWrap: 'anywhere' }}>
          {lineIssues.map((issue) => (
            <List.Item key={`${issue.field}: ${issue.message}`}>
              <Text span size="sm" fw={600}>
                {issue.field}
              </Text>
              : {issue.message}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('indexImport.problemsNote')}</Text>
      </Stack>
    </Alert>
  );
}
