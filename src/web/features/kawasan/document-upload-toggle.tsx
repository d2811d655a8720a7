import { Button, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import type { KawasanDocument } from '../../../contracts/kawasan.contract';
import type { DocumentKind } from '../../../domain/kawasan/registry';
import { DocumentUploadForm } from './document-upload-form';

interface DocumentUploadToggleProps {
  kawasanId: string;
  /** The kind the new document gets (an SK, the RPKP regulation, proof of an activity). */
  kind: DocumentKind;
  /** The button that opens the upload form. */
  label: string;
  'data-testid': string;
  /** The uploaded document, to pick it at once. */
  onUploaded: (document: KawasanDocument) => void;
}

/**
 * Beside a document picker: a button that opens an upload form in place, so a document not yet
 * in the kawasan's list can be added and picked without leaving the dialog.
 */
export function DocumentUploadToggle({
  kawasanId,
  kind,
  label,
  'data-testid': testId,
  onUploaded,
}: DocumentUploadToggleProps) {
  const [uploading, setUploading] = useState(false);
  if (uploading)
    return (
      <Paper withBorder radius="sm" p="sm">
        <DocumentUploadForm
          kawasanId={kawasanId}
          kind={kind}
          onUploaded={(document) => {
            setUploading(false);
            onUploaded(document);
          }}
          onCancel={() => setUploading(false)}
        />
      </Paper>
    );
  return (
    <Group>
      <Button variant="light" size="compact-sm" onClick={() => setUploading(true)} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}
