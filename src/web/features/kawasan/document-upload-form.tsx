import { Checkbox, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDocument } from '../../../contracts/kawasan.contract';
import { DOCUMENT_KINDS, DOCUMENT_LIMIT_BYTES, type DocumentKind } from '../../../domain/kawasan/registry';
import { numberLocale } from '../../i18n/i18n-setup';
import { DocumentUploadForm as UploadForm } from '../../shared/document-upload-form';
import { formatFileSize } from '../index-import/file-size';
import { DOCUMENT_ACCEPT, documentFileProblem, titleFromFileName } from './kawasan-forms';
import { useDocumentUpload } from './use-kawasan-queries';

/** File sizes in the reader's language: 812 KB, 5,4 MB. */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (bytes: number) => formatFileSize(bytes, locale);
}

/** Why a picked file cannot be sent (type, size, empty), in the reader's language; null when it can. */
export function useDocumentFileProblemText(): (file: File) => string | null {
  const { t } = useTranslation();
  const size = useFileSize();
  return (file: File) => {
    const problem = documentFileProblem(file);
    return problem
      ? t(`kawasan.documents.problem.${problem}`, {
          name: file.name,
          size: size(file.size),
          max: size(DOCUMENT_LIMIT_BYTES),
        })
      : null;
  };
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
  const problemText = useDocumentFileProblemText();
  const upload = useDocumentUpload(kawasanId);
  const [kind, setKind] = useState<DocumentKind>(fixedKind ?? 'lainnya');
  const [isPublic, setPublic] = useState(fixedKind === 'sk');
  return (
    <UploadForm
      ariaLabel={t('kawasan.documents.uploadHeading')}
      upload={upload}
      accept={DOCUMENT_ACCEPT}
      maxSize={size(DOCUMENT_LIMIT_BYTES)}
      fileProblem={problemText}
      titleFromFileName={titleFromFileName}
      kindField={
        !fixedKind && (
          <Select
            label={t('kawasan.documents.kind')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kawasan.documentKind.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as DocumentKind)}
            allowDeselect={false}
            disabled={upload.pending}
            comboboxProps={{ withinPortal: true }}
          />
        )
      }
      onSubmit={({ file, title }, clear) =>
        upload.upload(
          { file, kind, title, public: isPublic },
          {
            onSuccess: (document) => {
              clear();
              onUploaded?.(document);
            },
          },
        )
      }
      onCancel={onCancel}
    >
      <Checkbox
        label={t('kawasan.documents.public')}
        description={t('kawasan.documents.publicHint')}
        checked={isPublic}
        onChange={(e) => setPublic(e.currentTarget.checked)}
        disabled={upload.pending}
      />
    </UploadForm>
  );
}
