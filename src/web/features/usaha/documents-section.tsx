import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseDocumentView, EnterpriseView } from '../../../contracts/enterprise.contract';
import {
  ENTERPRISE_DOCUMENT_KINDS,
  type EnterpriseDocumentKind,
} from '../../../domain/enterprise/vocabulary';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { DOCUMENT_LIMIT_BYTES } from '../../../domain/kawasan/registry';
import { fieldErrorsOf } from '../../api-client/api-error';
import { enterpriseDocumentUrl } from '../../api-client/usaha-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { DocumentUploadForm as SharedUploadForm } from '../../shared/document-upload-form';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useDocumentFileProblemText, useFileSize } from '../kawasan/document-upload-form';
import { DOCUMENT_ACCEPT, titleFromFileName } from '../kawasan/kawasan-forms';
import classes from './usaha.module.css';
import { useDeleteDocument, useDocumentUpload } from './use-usaha-queries';

interface UploadFormProps {
  e: EnterpriseView;
  /** The kind to start with (a missing attachment picked from the list). */
  initialKind: EnterpriseDocumentKind;
  onUploaded: (document: EnterpriseDocumentView) => void;
  onCancel: () => void;
}

/** Upload a PDF, PNG or JPEG up to 20 MB with its kind, title, number and date; a progress bar while sent. */
function UploadForm({ e, initialKind, onUploaded, onCancel }: UploadFormProps) {
  const { t } = useTranslation();
  const size = useFileSize();
  const problemText = useDocumentFileProblemText();
  const upload = useDocumentUpload(e.id);
  const today = facilitationToday(new Date());
  const [kind, setKind] = useState<EnterpriseDocumentKind>(initialKind);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [issuedOnError, setIssuedOnError] = useState<string | undefined>();
  const server = fieldErrorsOf(upload.error);
  return (
    <SharedUploadForm
      ariaLabel={t('usaha.documents.uploadHeading')}
      upload={upload}
      accept={DOCUMENT_ACCEPT}
      maxSize={size(DOCUMENT_LIMIT_BYTES)}
      fileProblem={problemText}
      titleFromFileName={titleFromFileName}
      initialTitle={initialKind === 'lainnya' ? '' : t(`usaha.documentKind.${initialKind}`)}
      titleTestId="document-title"
      onPick={() => setIssuedOnError(undefined)}
      validate={() => {
        const found =
          issuedOn !== '' && issuedOn > today ? t('usaha.documents.issuedOnFuture', { today }) : undefined;
        setIssuedOnError(found);
        return found === undefined;
      }}
      onSubmit={({ file, title }) =>
        upload.upload(
          { file, kind, title, number: number.trim() || undefined, issuedOn: issuedOn || undefined },
          { onSuccess: onUploaded },
        )
      }
      onCancel={onCancel}
      kindField={
        <Select
          label={t('usaha.documents.kind')}
          data={ENTERPRISE_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`usaha.documentKind.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as EnterpriseDocumentKind)}
          allowDeselect={false}
          disabled={upload.pending}
          comboboxProps={{ withinPortal: true }}
          error={server.kind}
          data-testid="document-kind"
        />
      }
    >
      <div className={classes.twoColumns}>
        <TextInput
          label={`${t('usaha.documents.number')} (${t('common.optional')})`}
          maxLength={100}
          value={number}
          onChange={(ev) => setNumber(ev.currentTarget.value)}
          disabled={upload.pending}
          error={server.number}
          data-testid="document-number"
        />
        <TextInput
          label={`${t('usaha.documents.issuedOn')} (${t('common.optional')})`}
          type="date"
          max={today}
          value={issuedOn}
          onChange={(ev) => setIssuedOn(ev.currentTarget.value)}
          disabled={upload.pending}
          error={issuedOnError ?? server.issuedOn}
          data-testid="document-issued-on"
        />
      </div>
    </SharedUploadForm>
  );
}

function DocumentRow({
  e,
  document,
  onDelete,
}: {
  e: EnterpriseView;
  document: EnterpriseDocumentView;
  onDelete: (document: EnterpriseDocumentView) => void;
}) {
  const { t } = useTranslation();
  const size = useFileSize();
  const format = useFormatDateTime();
  const facts = [
    document.number ? t('usaha.documents.numberShort', { number: document.number }) : null,
    document.issuedOn ? format.date(document.issuedOn) : null,
  ].filter(Boolean);
  return (
    <li className={classes.row} data-testid="document-row" data-kind={document.kind}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" preventGrowOverflow={false}>
          <Anchor
            href={enterpriseDocumentUrl(e.id, document.id)}
            download
            fw={600}
            size="sm"
            className={classes.wrap}
          >
            {document.title}
          </Anchor>
          <Badge
            variant="light"
            radius="sm"
            size="sm"
            color="gray"
            className={classes.noShrink}
            style={{ textTransform: 'none' }}
          >
            {t(`usaha.documentKind.${document.kind}`, { defaultValue: document.kindLabel })}
          </Badge>
        </Group>
        {facts.length > 0 && (
          <Text size="xs" className={classes.wrap}>
            {facts.join(' · ')}
          </Text>
        )}
        <Text size="xs" c="dimmed" className={classes.wrap}>
          {t('kawasan.documents.meta', {
            file: document.fileName,
            size: size(document.bytes),
            date: format.date(document.uploadedAt),
            by: document.uploadedBy,
          })}
        </Text>
        {e.canManage && (
          <Group>
            <Button variant="subtle" color="red" size="compact-sm" onClick={() => onDelete(document)}>
              {t('kawasan.documents.delete')}
            </Button>
          </Group>
        )}
      </Stack>
    </li>
  );
}

/**
 * The founding and legal documents of an enterprise: the attachments still missing for its kind
 * (Permendesa 3/2021), the list with downloads, and upload and removal for its keepers.
 */
export function DocumentsSection({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState<EnterpriseDocumentKind | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<EnterpriseDocumentView | null>(null);
  const remove = useDeleteDocument(e.id);
  const open = (kind: EnterpriseDocumentKind) => {
    setNote(null);
    setUploading(kind);
  };
  return (
    <SectionCard
      title={t('usaha.documents.heading', { count: e.documents.length })}
      actions={
        e.canManage && uploading === null ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => open('lainnya')}
            data-testid="document-add"
          >
            {t('kawasan.documents.add')}
          </Button>
        ) : null
      }
      testId="enterprise-documents"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {e.missingDocuments.length > 0 && (
        <Stack gap={4} data-testid="documents-missing">
          <Text size="sm" fw={600} c="orange.9">
            {t('usaha.documents.missing', { count: e.missingDocuments.length })}
          </Text>
          <Group gap={6} wrap="wrap">
            {e.missingDocuments.map((m) =>
              e.canManage ? (
                <Button
                  key={m.kind}
                  size="compact-sm"
                  variant="outline"
                  color="orange"
                  className={classes.wrapButton}
                  onClick={() => open(m.kind)}
                  data-testid="document-missing"
                  data-kind={m.kind}
                >
                  + {t(`usaha.documentKind.${m.kind}`, { defaultValue: m.label })}
                </Button>
              ) : (
                <Badge
                  key={m.kind}
                  variant="outline"
                  color="orange"
                  radius="sm"
                  style={{ textTransform: 'none' }}
                  data-testid="document-missing"
                  data-kind={m.kind}
                >
                  {t(`usaha.documentKind.${m.kind}`, { defaultValue: m.label })}
                </Badge>
              ),
            )}
          </Group>
        </Stack>
      )}
      {uploading !== null && (
        <Paper withBorder radius="sm" p="sm">
          <UploadForm
            key={uploading}
            e={e}
            initialKind={uploading}
            onUploaded={(document) => {
              setUploading(null);
              setNote(t('kawasan.documents.uploaded', { title: document.title }));
            }}
            onCancel={() => setUploading(null)}
          />
        </Paper>
      )}
      {e.documents.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="documents-empty">
          {t('usaha.documents.empty')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={t('usaha.documents.listLabel')}>
          {e.documents.map((document) => (
            <DocumentRow
              key={document.id}
              e={e}
              document={document}
              onDelete={(d) => {
                remove.reset();
                setDeleting(d);
              }}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('kawasan.documents.deleteTitle')}
        text={t('usaha.documents.deleteText', { title: deleting?.title ?? '' })}
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
