import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RpkpVersionDetail } from '../../../contracts/rpkp.contract';
import type { FieldIssue } from '../../../domain/errors';
import { fieldErrorsOf } from '../../api-client/api-error';
import { draftFromPlan, issuesByField, liveIssues, type PlanDraft, readDraft } from './plan-draft';
import { useSavePlan } from './use-rpkp-queries';

const fingerprint = (draft: PlanDraft, title: string) =>
  JSON.stringify([title.trim(), readDraft(draft).plan]);

/**
 * The editor's state for an editable version: the working copy, whether it differs from what is
 * saved, the issues found as the user types (the same checks as the server's) and those the
 * server sent with its last refusal, and saving.
 */
export function usePlanEditor(detail: RpkpVersionDetail | undefined) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const editable = Boolean(detail?.allowed.edit);
  const save = useSavePlan(detail?.kawasanId ?? '', detail?.version ?? 0);
  const [draft, setDraft] = useState<PlanDraft | null>(() =>
    detail && editable ? draftFromPlan(detail.plan, language) : null,
  );
  const [title, setTitle] = useState(detail?.title ?? '');
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const baseline = useRef<{ updatedAt: string; fingerprint: string } | null>(null);

  const reset = useCallback(
    (from: RpkpVersionDetail) => {
      const fresh = draftFromPlan(from.plan, language);
      baseline.current = { updatedAt: from.updatedAt, fingerprint: fingerprint(fresh, from.title) };
      setDraft(fresh);
      setTitle(from.title);
    },
    [language],
  );

  const dirty = Boolean(
    draft && baseline.current && fingerprint(draft, title) !== baseline.current.fingerprint,
  );

  // A newer saved version (another tab, another user) replaces the working copy only when nothing is unsaved.
  useEffect(() => {
    if (!detail || !editable) {
      baseline.current = null;
      setDraft(null);
      return;
    }
    if (baseline.current?.updatedAt === detail.updatedAt) return;
    if (!baseline.current || !dirty) reset(detail);
  }, [detail, editable, dirty, reset]);

  const reading = useMemo(() => (draft ? readDraft(draft) : null), [draft]);
  const memberCodes = useMemo(() => detail?.memberDesa.map((d) => d.code) ?? [], [detail]);
  const live = useMemo(
    () => (reading ? issuesByField(liveIssues(reading.plan, memberCodes)) : new Map<string, string[]>()),
    [reading, memberCodes],
  );
  const server = useMemo(() => issuesByField(serverIssues), [serverIssues]);
  const issueCount = useMemo(() => [...live.values()].reduce((n, list) => n + list.length, 0), [live]);

  const submit = useCallback(() => {
    if (!reading || !detail) return false;
    if (Object.keys(reading.problems).length > 0) return false;
    setServerIssues([]);
    setSavedAt(null);
    const trimmed = title.trim();
    save.mutate(
      { ...(trimmed.length >= 3 ? { title: trimmed } : {}), plan: reading.plan },
      {
        onSuccess: (saved) => {
          reset(saved);
          setSavedAt(saved.updatedAt);
        },
        onError: (error) =>
          setServerIssues(
            Object.entries(fieldErrorsOf(error)).map(([field, message]) => ({ field, message })),
          ),
      },
    );
    return true;
  }, [reading, detail, title, save, reset]);

  return {
    editable,
    draft,
    setDraft,
    title,
    setTitle,
    dirty,
    reading,
    live,
    server,
    issueCount,
    save: submit,
    saving: save.isPending,
    saveError: save.error,
    savedAt,
  };
}

export type PlanEditorState = ReturnType<typeof usePlanEditor>;
