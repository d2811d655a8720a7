import { Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api-client/api-error';
import { MutationErrorAlert } from './mutation-error-alert';
import { UploadProgress, uploadPercent } from './upload-progress';

/** The state of a document upload under way (see the features' `useDocumentUpload`). */
export interface DocumentUploadState {
  pending: boolean;
  /** Share sent (0–1), or null once sent and the server is storing the file. */
  progress: number | null;
  error: Error | null;
  aborted: boolean;
  cancel: () => void;
  reset: () => void;
}

interface DocumentUploadFormProps {
  /** Names the form for screen readers. */
  ariaLabel: string;
  upload: DocumentUploadState;
  /** The file types the picker offers. */
  accept: string;
  /** The largest file, in the reader's words (e.g. "20 MB"). */
  maxSize: string;
  /** Why a picked file cannot be sent, in the reader's words; null when it can. */
  fileProblem: (file: File) => string | null;
  /** The title to offer for a picked file while none is typed. */
  titleFromFileName: (name: string) => string;
  initialTitle?: string;
  titleTestId?: string;
  /** Fields between the file and the title (the kind). */
  kindField?: ReactNode;
  /** Fields after the title. */
  children?: ReactNode;
  /** Checks the feature's own fields; false stops the upload. */
  validate?: () => boolean;
  /** Called when another file is picked. */
  onPick?: () => void;
  /** Sends the checked file and title; `clear` empties the form. */
  onSubmit: (input: { file: File; title: string }, clear: () => void) => void;
  onCancel?: () => void;
}

/**
 * Upload a file with its title (and the feature's own fields): checked before it is sent, a
 * progress bar while it is sent, which can be cancelled, and the server's refusal shown.
 */
export function DocumentUploadForm({
  ariaLabel,
  upload,
  accept,
  maxSize,
  fileProblem,
  titleFromFileName,
  initialTitle = '',
  titleTestId,
  kindField,
  children,
  validate,
  onPick,
  onSubmit,
  onCancel,
}: DocumentUploadFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState(initialTitle);
  const [errors, setErrors] = useState<{ file?: string; title?: string }>({});

  const pick = (picked: File | null) => {
    upload.reset();
    onPick?.();
    setFile(picked);
    const problem = picked ? fileProblem(picked) : null;
    setErrors(problem ? { file: problem } : {});
    if (picked && title.trim() === '') setTitle(titleFromFileName(picked.name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const found: { file?: string; title?: string } = {};
    const problem = file ? fileProblem(file) : null;
    if (!file) found.file = t('kawasan.documents.fileRequired');
    else if (problem) found.file = problem;
    if (title.trim().length < 3) found.title = t('kawasan.documents.titleTooShort');
    setErrors(found);
    const ownFieldsOk = validate ? validate() : true;
    if (!file || found.file || found.title || !ownFieldsOk) return;
    onSubmit({ file, title: title.trim() }, () => {
      setFile(null);
      setTitle('');
    });
  };

  const server = fieldErrorsOf(upload.error);
  return (
    <form onSubmit={submit} noValidate aria-label={ariaLabel} data-testid="document-upload">
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
          description={t('kawasan.documents.fileHint', { max: maxSize })}
          placeholder={t('kawasan.documents.filePlaceholder')}
          accept={accept}
          value={file}
          onChange={pick}
          clearable
          required
          disabled={upload.pending}
          error={errors.file}
          data-testid="document-file"
        />
        {kindField}
        <TextInput
          label={t('kawasan.documents.title')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          disabled={upload.pending}
          error={errors.title ?? server.title}
          data-testid={titleTestId}
        />
        {children}
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
