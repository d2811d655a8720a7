import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDetail, KawasanDocument } from '../../../contracts/kawasan.contract';
import { isPublicState } from '../../../domain/kawasan/registry';
import { kawasanDocumentUrl } from '../../api-client/kawasan-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { DocumentUploadForm, useFileSize } from './document-upload-form';
import classes from './kawasan-page.module.css';
import { useDeleteDocument, useUpdateDocument } from './use-kawasan-queries';

function DocumentRow({
  kawasan,
  document,
  onDelete,
}: {
  kawasan: KawasanDetail;
  document: KawasanDocument;
  onDelete: (document: KawasanDocument) => void;
}) {
  const { t } = useTranslation();
  const size = useFileSize();
  const format = useFormatDateTime();
  const update = useUpdateDocument(kawasan.id);
  const manage = kawasan.allowed.manage;
  return (
    <li className={classes.row} data-testid="document-row">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Anchor
            href={kawasanDocumentUrl(kawasan.id, document.id)}
            download
            fw={600}
            size="sm"
            className={classes.wrap}
          >
            {document.title}
          </Anchor>
          <Badge variant="light" radius="sm" size="sm" color="gray" className={classes.noShrink}>
            {t(`kawasan.documentKind.${document.kind}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" className={classes.wrap}>
          {t('kawasan.documents.meta', {
            file: document.fileName,
            size: size(document.bytes),
            date: format.date(document.uploadedAt),
            by: document.uploadedBy,
          })}
        </Text>
        <Group gap="sm" wrap="wrap">
          {manage ? (
            <Switch
              size="sm"
              label={t('kawasan.documents.publicSwitch')}
              checked={document.public}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate({ documentId: document.id, body: { public: e.currentTarget.checked } })
              }
              data-testid="document-public"
            />
          ) : (
            <Badge
              variant={document.public ? 'light' : 'outline'}
              color={document.public ? 'teal' : 'gray'}
              radius="sm"
              size="sm"
            >
              {document.public ? t('kawasan.documents.isPublic') : t('kawasan.documents.isPrivate')}
            </Badge>
          )}
          {manage && (
            <Button variant="subtle" color="red" size="compact-sm" onClick={() => onDelete(document)}>
              {t('kawasan.documents.delete')}
            </Button>
          )}
        </Group>
        {update.isError && <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />}
      </Stack>
    </li>
  );
}

/** The kawasan's documents: list, download, upload with progress, and visibility and removal for its managers. */
export function DocumentsSection({ kawasan }: { kawasan: KawasanDetail }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<KawasanDocument | null>(null);
  const remove = useDeleteDocument(kawasan.id);
  const { documents } = kawasan;
  const actions = kawasan.allowed.addDocuments && !uploading && (
    <Button size="compact-sm" variant="light" onClick={() => setUploading(true)} data-testid="document-add">
      {t('kawasan.documents.add')}
    </Button>
  );
  return (
    <SectionCard
      title={t('kawasan.documents.heading', { count: documents.length })}
      actions={actions}
      testId="kawasan-documents"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {uploading && (
        <Paper withBorder radius="sm" p="sm">
          <DocumentUploadForm
            kawasanId={kawasan.id}
            onUploaded={(document) => {
              setUploading(false);
              setNote(t('kawasan.documents.uploaded', { title: document.title }));
            }}
            onCancel={() => setUploading(false)}
          />
        </Paper>
      )}
      {documents.length === 0 ? (
        <Text c="dimmed" data-testid="documents-empty">
          {t('kawasan.documents.empty')}
        </Text>
      ) : (
        <ul className={classes.rowList} aria-label={t('kawasan.documents.listLabel')}>
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              kawasan={kawasan}
              document={document}
              onDelete={(d) => {
                remove.reset();
                setDeleting(d);
              }}
            />
          ))}
        </ul>
      )}
      <Text size="xs" c="dimmed">
        {isPublicState(kawasan.state)
          ? t('kawasan.documents.publicNoteDesignated')
          : t('kawasan.documents.publicNote')}
      </Text>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('kawasan.documents.deleteTitle')}
        text={t('kawasan.documents.deleteText', { title: deleting?.title ?? '' })}
        confirmLabel={t('kawasan.documents.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setNote(t('kawasan.documents.deleted', { title: deleting.title }));
              setDeleting(null);
            },
          })
        }
      />
    </SectionCard>
  );
}
