import { Alert, Anchor, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { SectionCard } from './section-card';
import { SuccessNote } from './success-note';
import { UploadProgress } from './upload-progress';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How the chosen file travels: the signal cancels it, the callback reports the share sent (0–1). */
export interface SheetUploadInput {
  file: File;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

/** What the server refused, in the reader's words: the bad rows, and a message to show with them. */
export interface SheetImportFailure {
  lines: string[];
  message?: string;
}

interface CommonProps<R, V> {
  /** The link of the empty template to fill in. */
  templateUrl: string;
  /** The import mutation; its state (pending, error, result) is what the panel shows. */
  upload: UseMutationResult<R, Error, V>;
  /** The mutation's variables for a chosen file. */
  variables: (input: SheetUploadInput) => V;
  /** What the failed import says: its bad rows, and any message beside them. */
  failure: (error: Error) => SheetImportFailure;
  /** Called when a file is chosen, before it is sent (e.g. to hide an older note). */
  onStart?: () => void;
  /** Called once the sheet is stored. */
  onSuccess?: (result: R) => void;
  /** Test ids: `<prefix>-sheet`, `<prefix>-template`, `<prefix>-import`, `<prefix>-import-…`. */
  testIdPrefix: string;
}

interface CardTexts {
  template: string;
  import: string;
  /** While the server reads the sent file. */
  reading: string;
  uploading: (percent: number) => string;
  doneTitle: string;
  failedTitle: string;
  nothingImported: string;
}

interface ToolbarTexts {
  template: string;
  import: string;
  failedTitle: string;
  nothingImported: string;
}

/** A card of its own: heading and hint, the upload bar, the result in an alert. */
interface CardProps<R, V> extends CommonProps<R, V> {
  variant: 'card';
  title: string;
  hint: string;
  texts: CardTexts;
  /** The lines of the result alert. */
  done: (result: R, fileName: string) => ReactNode;
}

/** A row of tools beside a form: a link, a small button, the result in a short note. */
interface ToolbarProps<R, V> extends CommonProps<R, V> {
  variant: 'toolbar';
  texts: ToolbarTexts;
  /** The note once the sheet is stored. */
  done: (result: R) => string;
}

export type SheetImportPanelProps<R, V> = CardProps<R, V> | ToolbarProps<R, V>;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * "Unduh templat" and "Impor XLSX": the filled sheet is sent with its progress, then every row is
 * stored, or none and every bad row is named.
 */
export function SheetImportPanel<R, V>(props: SheetImportPanelProps<R, V>) {
  const { upload, testIdPrefix: id, texts } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const [fileName, setFileName] = useState('');
  const abort = useRef<AbortController | null>(null);
  const resetRef = useRef<() => void>(null);
  const start = (file: File | null) => {
    if (!file) return;
    props.onStart?.();
    setFileName(file.name);
    setProgress(0);
    const controller = new AbortController();
    abort.current = controller;
    upload.mutate(
      props.variables({
        file,
        signal: controller.signal,
        onProgress: (f) => setProgress(f >= 1 ? null : f),
      }),
      {
        onSuccess: (r) => props.onSuccess?.(r),
        onSettled: () => {
          setProgress(null);
          resetRef.current?.();
        },
      },
    );
  };
  const result = upload.isSuccess ? upload.data : null;
  const failed = upload.isError && !isAbort(upload.error) ? props.failure(upload.error) : null;
  const fileButton = (button: (p: { onClick: () => void }) => ReactNode) => (
    <FileButton resetRef={resetRef} onChange={start} accept={XLSX_ACCEPT}>
      {button}
    </FileButton>
  );

  if (props.variant === 'toolbar') {
    return (
      <Stack gap="xs" data-testid={`${id}-sheet`}>
        <Group gap="sm" wrap="wrap">
          <Anchor href={props.templateUrl} download data-testid={`${id}-template`}>
            {texts.template}
          </Anchor>
          {fileButton((p) => (
            <Button
              {...p}
              variant="default"
              size="compact-md"
              loading={upload.isPending}
              data-testid={`${id}-import`}
            >
              {texts.import}
            </Button>
          ))}
        </Group>
        {result !== null && <SuccessNote onClose={() => upload.reset()}>{props.done(result)}</SuccessNote>}
        {failed && (
          <Alert color="red" title={texts.failedTitle} data-testid={`${id}-import-errors`}>
            <Stack gap={2}>
              <Text size="sm">{texts.nothingImported}</Text>
              {(failed.lines.length > 0 ? failed.lines : [failed.message ?? '']).map((line) => (
                <Text size="sm" key={line} data-testid={`${id}-import-error`}>
                  {line}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    );
  }

  const card = props.texts;
  return (
    <SectionCard title={props.title} testId={`${id}-sheet`}>
      <Text size="sm" c="dimmed">
        {props.hint}
      </Text>
      <Group gap="sm" wrap="wrap">
        <Button
          component="a"
          href={props.templateUrl}
          download
          variant="light"
          data-testid={`${id}-template`}
        >
          {card.template}
        </Button>
        {fileButton((p) => (
          <Button {...p} loading={upload.isPending} data-testid={`${id}-import`}>
            {card.import}
          </Button>
        ))}
      </Group>
      {upload.isPending && (
        <UploadProgress
          progress={progress}
          label={progress === null ? card.reading : card.uploading(Math.round(progress * 100))}
          progressLabel={card.import}
          onCancel={() => abort.current?.abort()}
          testId={`${id}-import-progress`}
        />
      )}
      {result !== null && (
        <Alert color="teal" variant="light" title={card.doneTitle} data-testid={`${id}-import-done`}>
          <Stack gap={4}>{props.done(result, fileName)}</Stack>
        </Alert>
      )}
      {failed && (
        <Alert
          color="red"
          variant="light"
          title={card.failedTitle}
          role="alert"
          data-testid={`${id}-import-failed`}
        >
          <Stack gap={6}>
            <Text size="sm" fw={600} data-testid={`${id}-import-nothing`}>
              {card.nothingImported}
            </Text>
            {failed.message !== undefined && <Text size="sm">{failed.message}</Text>}
            {failed.lines.length > 0 && (
              <List size="sm" spacing={2} data-testid={`${id}-import-issues`}>
                {failed.lines.map((line) => (
                  <List.Item key={line} data-testid={`${id}-import-issue`}>
                    {line}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
    </SectionCard>
  );
}
