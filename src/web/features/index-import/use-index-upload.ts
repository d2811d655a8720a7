import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { INDEX_UPLOAD_LIMIT_BYTES, type IndexImportReport } from '../../../contracts/index-import.contract';
import { type IndexFileKind, indexFileKind, uploadIndexFile } from '../../api-client/index-import-api';

export type PickedFile = { file: File; kind: IndexFileKind };

/** Why a file was refused before anything was sent. */
export type FileRefusal = { reason: 'unknownType' | 'tooLarge'; file: File };

/**
 * The import flow: a file is checked by a dry run as soon as it is picked, then saved for real
 * on request. `progress` is the share uploaded (null while the server reads the file).
 */
export function useIndexUpload() {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [checked, setChecked] = useState<IndexImportReport | null>(null);
  const [saved, setSaved] = useState<IndexImportReport | null>(null);
  const controller = useRef<AbortController | null>(null);

  const upload = useMutation({
    mutationFn: ({ file, kind, dryRun }: PickedFile & { dryRun: boolean }) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress(0);
      return uploadIndexFile({
        file,
        kind,
        dryRun,
        signal: abort.signal,
        // The last bytes sent: the server is now reading the file, which takes a while for XLSX.
        onProgress: (fraction) => setProgress(fraction >= 1 ? null : fraction),
      });
    },
    onSuccess: (report: IndexImportReport) => {
      if (report.dryRun) {
        setChecked(report);
        return;
      }
      setSaved(report);
      // Saved figures change every regional view and desa page.
      void queryClient.invalidateQueries({ queryKey: ['village-index'] });
    },
  });

  useEffect(() => () => controller.current?.abort(), []);

  const choose = useCallback(
    (file: File) => {
      upload.reset();
      setChecked(null);
      setSaved(null);
      const kind = indexFileKind(file.name);
      if (!kind || file.size > INDEX_UPLOAD_LIMIT_BYTES) {
        setPicked(null);
        setRefusal({ reason: kind ? 'tooLarge' : 'unknownType', file });
        return;
      }
      setRefusal(null);
      setPicked({ file, kind });
      upload.mutate({ file, kind, dryRun: true });
    },
    [upload],
  );

  const save = useCallback(() => {
    if (picked) upload.mutate({ ...picked, dryRun: false });
  }, [picked, upload]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const reset = useCallback(() => {
    controller.current?.abort();
    upload.reset();
    setPicked(null);
    setRefusal(null);
    setChecked(null);
    setSaved(null);
  }, [upload]);

  const dryRun = upload.variables?.dryRun ?? true;
  const aborted = upload.error instanceof DOMException && upload.error.name === 'AbortError';
  return {
    picked,
    refusal,
    /** Uploading or waiting for the server; `dryRun` says which of the two requests. */
    pending: upload.isPending,
    dryRun,
    progress,
    /** The dry run's report (kept on screen while saving), and the saved one. */
    checked,
    saved,
    error: upload.isError && !aborted ? upload.error : null,
    aborted,
    choose,
    save,
    cancel,
    reset,
  };
}
