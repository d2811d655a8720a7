import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { INDEX_UPLOAD_LIMIT_BYTES } from '../../../contracts/index-import.contract';
import { isForbidden } from '../../api-client/api-error';
import { numberLocale } from '../../i18n/i18n-setup';
import { scopeText } from '../../shared/access-labels';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { SectionCard } from '../../shared/section-card';
import { UploadProgress, uploadPercent } from '../../shared/upload-progress';
import { useSession } from '../session/use-session';
import { FileDropZone } from './file-drop-zone';
import { formatFileSize } from './file-size';
import { INDEX_IMPORT_ROLES, mayImportIndex } from './import-access';
import { ImportProblems } from './import-problems';
import { ImportReport } from './import-report';
import { useIndexUpload } from './use-index-upload';

function useFileSize() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (bytes: number) => formatFileSize(bytes, locale);
}

/** `/indeks/impor`: upload an IDM sheet or API responses, see the dry run's report, then save. */
export function IndexImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('indexImport.documentTitle'));
  const { user } = useSession();
  const upload = useIndexUpload();
  const size = useFileSize();
  const outcome = useRef<HTMLDivElement>(null);
  const { picked, refusal, pending, dryRun, progress, checked, saved, error, aborted } = upload;

  // On a phone the report starts below the fold: bring its first line into view when it arrives.
  useEffect(() => {
    if ((checked || saved || error) && !pending)
      outcome.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [checked, saved, error, pending]);

  if (!mayImportIndex(user)) {
    return (
      <DeadEndPanel title={t('indexImport.notAllowedTitle')} alert>
        <Text>{t('indexImport.notAllowedText')}</Text>
      </DeadEndPanel>
    );
  }

  const report = saved ?? checked;
  const idle = !picked || (!pending && !checked && !saved);
  const scopes = (user?.assignments ?? [])
    .filter((a) => INDEX_IMPORT_ROLES.includes(a.role))
    .map((a) => scopeText(a.scope))
    .join('; ');
  const canSave = checked !== null && saved === null && checked.rows > 0;
  return (
    <Stack gap="md" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('indexImport.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('indexImport.intro')}
        </Text>
      </Stack>

      <SectionCard
        title={idle ? t('indexImport.drop.title') : t('indexImport.fileHeading')}
        testId="import-picker"
      >
        {idle && (
          <>
            <List size="sm" spacing={4}>
              <List.Item>{t('indexImport.formatSheet')}</List.Item>
              <List.Item>{t('indexImport.formatApi')}</List.Item>
            </List>
            <Text size="xs" c="dimmed">
              {t('indexImport.scopeNote', { max: size(INDEX_UPLOAD_LIMIT_BYTES) })}
            </Text>
            <FileDropZone onFile={upload.choose} disabled={pending} />
          </>
        )}
        {picked && (
          <Group gap="xs" wrap="wrap" data-testid="picked-file">
            <Badge variant="light" radius="sm">
              {t(`indexImport.kind.${picked.kind}`)}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('indexImport.fileLine', { name: picked.file.name, size: size(picked.file.size) })}
            </Text>
          </Group>
        )}
        {refusal && (
          <Alert color="red" variant="light" role="alert" data-testid="file-refused">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {refusal.reason === 'tooLarge'
                ? t('indexImport.tooLarge', {
                    name: refusal.file.name,
                    size: size(refusal.file.size),
                    max: size(INDEX_UPLOAD_LIMIT_BYTES),
                  })
                : t('indexImport.unknownType', { name: refusal.file.name })}
            </Text>
          </Alert>
        )}
        {pending && (
          <UploadProgress
            progress={progress}
            label={
              progress !== null
                ? t('indexImport.uploading', { percent: uploadPercent(progress) })
                : dryRun
                  ? t('indexImport.checking')
                  : t('indexImport.saving')
            }
            progressLabel={t('indexImport.progressLabel')}
            onCancel={upload.cancel}
            testId="upload-progress"
          />
        )}
        {aborted && !pending && (
          <Text size="sm" c="dimmed" role="status">
            {t('indexImport.cancelled')}
          </Text>
        )}
      </SectionCard>

      <div ref={outcome} style={{ scrollMarginTop: 72 }}>
        <Stack gap="md">
          {error !== null && <ImportProblems error={error} />}
          {isForbidden(error) && scopes && (
            <Text size="sm" data-testid="import-scopes">
              {t('indexImport.forbiddenScopes', { scopes })}
            </Text>
          )}
          {saved && (
            <Alert
              color="teal"
              variant="light"
              title={t('indexImport.savedTitle')}
              role="status"
              data-testid="import-saved"
            >
              <Text size="sm">
                {t('indexImport.savedText', { years: saved.years.join(', '), file: saved.fileName })}
              </Text>
            </Alert>
          )}
          {checked && !saved && (
            <Alert
              color="yellow"
              variant="light"
              title={t('indexImport.dryRunTitle')}
              data-testid="import-dry-run"
            >
              <Text size="sm">{t('indexImport.dryRunText')}</Text>
            </Alert>
          )}
          {(canSave || saved) && (
            <Group gap="sm" wrap="wrap" align="center">
              {canSave && (
                <Button onClick={upload.save} loading={pending && !dryRun} data-testid="import-save">
                  {t('indexImport.save')}
                </Button>
              )}
              <Button variant="default" onClick={upload.reset} disabled={pending} data-testid="import-reset">
                {saved ? t('indexImport.importAnother') : t('indexImport.chooseOther')}
              </Button>
              {canSave && checked && (
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('indexImport.saveHint', { rows: checked.rows, file: checked.fileName })}
                </Text>
              )}
            </Group>
          )}
          {report && <ImportReport report={report} />}
        </Stack>
      </div>
    </Stack>
  );
}
