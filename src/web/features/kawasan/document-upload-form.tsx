import { Button, Checkbox, FileInput, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDocument } from '../../../contracts/kawasan.contract';
import { DOCUMENT_KINDS, DOCUMENT_LIMIT_BYTES, type DocumentKind } from '../../../domain/kawasan/registry';
import { fieldErrorsOf } from '../../api-client/api-error';
import { numberLocale } from '../../i18n/i18n-setup';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { UploadProgress, uploadPercent } from '../../shared/upload-progress';
import { formatFileSize } from '../index-import/file-size';
import {
  DOCUMENT_ACCEPT,
  type DocumentFileProblem,
  documentFileProblem,
  titleFromFileName,
} from './kawasan-forms';
import { useDocumentUpload } from './use-kawasan-queries';

/** File sizes in the reader's language: 812 KB, 5,4 MB. */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (bytes: number) => formatFileSize(bytes, locale);
}

interface DocumentUploadFormProps {
  kawasanId: string;
  /** Upload only this kind (the SK inside the designation dialog). */
  kind?: DocumentKind;
  onUploaded?: (document: KawasanDocument) => void;
  onCancel?: () => void;
}

/**
 * Upload a PDF, PNG or JPEG up to 20 MB: the file, its kind and title, and whether it shows on
 * the public page; a progress bar while it is sent, which can be cancelled.
 */
export function DocumentUploadForm({
  kawasanId,
  kind: fixedKind,
  onUploaded,
  onCancel,
}: DocumentUploadFormProps) {
  const { t } = useTranslation();
  const size = useFileSize();
  const upload = useDocumentUpload(kawasanId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>(fixedKind ?? 'lainnya');
  const [title, setTitle] = useState('');
  const [isPublic, setPublic] = useState(fixedKind === 'sk');
  const [errors, setErrors] = useState<{ file?: string; title?: string }>({});

  const problemText = (problem: DocumentFileProblem, picked: File) =>
    t(`kawasan.documents.problem.${problem}`, {
      name: picked.name,
      size: size(picked.size),
      max: size(DOCUMENT_LIMIT_BYTES),
    });

  const pick = (picked: File | null) => {
    upload.reset();
    setFile(picked);
    const problem = picked ? documentFileProblem(picked) : null;
    setErrors(picked && problem ? { file: problemText(problem, picked) } : {});
    if (picked && title.trim() === '') setTitle(titleFromFileName(picked.name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const found: { file?: string; title?: string } = {};
    const problem = file ? documentFileProblem(file) : null;
    if (!file) found.file = t('kawasan.documents.fileRequired');
    else if (problem) found.file = problemText(problem, file);
    if (title.trim().length < 3) found.title = t('kawasan.documents.titleTooShort');
    setErrors(found);
    if (!file || found.file || found.title) return;
    upload.upload(
      { file, kind, title: title.trim(), public: isPublic },
      {
        onSuccess: (document) => {
          setFile(null);
          setTitle('');
          onUploaded?.(document);
        },
      },
    );
  };

  const server = fieldErrorsOf(upload.error);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('kawasan.documents.uploadHeading')}
      data-testid="document-upload"
    >
      <Stack gap="sm">
        {upload.error && !server.title && (
          <MutationErrorAlert error={upload.error} title={t('kawasan.documents.failedTitle')} />
        )}
        {upload.aborted && (
          <Text size="sm" c="dimmed">
            {t('kawasan.documents.cancelled')}
          </Text>
        )}
        <FileInput
          label={t('kawasan.documents.file')}
          description={t('kawasan.documents.fileHint', { max: size(DOCUMENT_LIMIT_BYTES) })}
          placeholder={t('kawasan.documents.filePlaceholder')}
          accept={DOCUMENT_ACCEPT}
          value={file}
          onChange={pick}
          clearable
          required
          disabled={upload.pending}
          error={errors.file}
          data-testid="document-file"
        />
        {!fixedKind && (
          <Select
            label={t('kawasan.documents.kind')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kawasan.documentKind.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as DocumentKind)}
            allowDeselect={false}
            disabled={upload.pending}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <TextInput
          label={t('kawasan.documents.title')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          disabled={upload.pending}
          error={errors.title ?? server.title}
        />
        <Checkbox
          label={t('kawasan.documents.public')}
          description={t('kawasan.documents.publicHint')}
          checked={isPublic}
          onChange={(e) => setPublic(e.currentTarget.checked)}
          disabled={upload.pending}
        />
        {upload.pending && (
          <UploadProgress
            progress={upload.progress}
            label={
              upload.progress === null
                ? t('kawasan.documents.storing')
                : t('kawasan.documents.uploading', { percent: uploadPercent(upload.progress) })
            }
            progressLabel={t('kawasan.documents.progressLabel')}
            onCancel={upload.cancel}
            testId="document-progress"
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={upload.pending} data-testid="document-upload-submit">
            {t('kawasan.documents.upload')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={upload.pending}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
