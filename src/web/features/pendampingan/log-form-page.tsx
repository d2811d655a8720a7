import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  CloseButton,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle, useNetwork } from '@mantine/hooks';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { MyFacilitation } from '../../../contracts/facilitation.contract';
import {
  ACTIVITY_CATEGORIES,
  type ActivityCategory,
  gpsIssues,
  PARTICIPANT_GROUPS,
  type ParticipantGroup,
} from '../../../domain/facilitation/activity-log';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { signInPath } from '../session/session-access';
import { newIdempotencyKey } from './offline/digest';
import { prepareEvidence } from './offline/evidence-files';
import {
  emptyForm,
  formToday,
  fromEntryBody,
  type LogFormErrors,
  type LogFormField,
  type LogFormValues,
  localToday,
  logFormErrors,
  placeOptions,
  toEntryBody,
} from './offline/log-form-model';
import { reviseEntry, saveEntry } from './offline/outbox-actions';
import { cacheSaya, type OutboxRuntime } from './offline/outbox-runtime';
import { OutboxStatus } from './offline/outbox-status';
import type { StoredFile } from './offline/outbox-store';
import { useFieldUser, useOutbox } from './offline/use-outbox';
import { LOG_FORM_PATH, PENDAMPINGAN_PATH } from './pendampingan-paths';
import { useMyFacilitation } from './use-pendampingan-queries';

/** The marks a change of each value clears (the date and the place are checked together). */
const CLEARED_BY: Record<keyof LogFormValues, LogFormField[]> = {
  date: ['date', 'place'],
  place: ['place', 'date'],
  category: ['category'],
  topic: ['topic'],
  women: ['women', 'participants'],
  men: ['men', 'participants'],
  groups: ['groups'],
  activities: ['activities'],
  outputs: ['outputs'],
  followUp: ['followUp'],
  files: ['files'],
  gps: ['gps'],
};

/** The three written parts of an entry, in the order of the form. */
const NARRATIVE_FIELDS = [
  { field: 'activities', minRows: 3, required: true },
  { field: 'outputs', minRows: 2, required: true },
  { field: 'followUp', minRows: 2, required: false },
] as const;

const FILE_INPUT_STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  opacity: 0,
  overflow: 'hidden',
} as const;

/**
 * `/pendampingan/catat`: the field log form. It opens and saves without signal — the page comes
 * from the service worker, the facilitator's assignments from the last `saya` kept on the phone —
 * and every entry waits in the IndexedDB outbox until the server confirmed it.
 */
export function LogFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catatKegiatan.documentTitle'));
  const user = useFieldUser();
  const location = useLocation();
  if (user.kind === 'loading') return <LoadingState />;
  if (user.kind === 'signed-out') {
    return (
      <Navigate
        to={signInPath(`${location.pathname}${location.search}`)}
        replace
        state={{ reason: 'needed' }}
      />
    );
  }
  if (user.kind === 'error') return <ErrorState error={user.error} onRetry={user.retry} />;
  if (user.kind === 'offline-unknown') {
    return (
      <DeadEndPanel title={t('catatKegiatan.offlineTitle')}>
        <Text>{t('catatKegiatan.offlineUnknownText')}</Text>
      </DeadEndPanel>
    );
  }
  return <LogFormForUser userId={user.userId} signedIn={user.signedIn} />;
}

function LogFormForUser({ userId, signedIn }: { userId: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const network = useNetwork();
  const outbox = useOutbox(userId, signedIn);
  const live = useMyFacilitation(signedIn);
  const store = outbox.runtime?.store;
  useEffect(() => {
    if (live.data && store) void cacheSaya(store, live.data);
  }, [live.data, store]);

  if (outbox.storageError && !outbox.runtime) {
    return (
      <DeadEndPanel title={t('catatKegiatan.storageErrorTitle')} alert>
        <Text>{t('catatKegiatan.storageErrorText')}</Text>
      </DeadEndPanel>
    );
  }
  if (live.data === null) {
    return (
      <DeadEndPanel title={t('catatKegiatan.notFacilitatorTitle')}>
        <Text>{t('catatKegiatan.notFacilitatorText')}</Text>
      </DeadEndPanel>
    );
  }
  const saya = live.data ?? outbox.saya;
  if (!outbox.runtime || !outbox.ready || (!saya && live.fetchStatus === 'fetching')) return <LoadingState />;
  if (!saya) {
    if (live.error && signedIn && network.online) {
      return <ErrorState error={live.error} onRetry={() => void live.refetch()} />;
    }
    return (
      <DeadEndPanel title={t('catatKegiatan.offlineTitle')}>
        <Text>{t('catatKegiatan.noSayaText')}</Text>
      </DeadEndPanel>
    );
  }
  const offline = !network.online || !signedIn;
  return (
    <Stack gap="md" maw={680} data-testid="log-form-page">
      <Anchor component={Link} to={PENDAMPINGAN_PATH} size="sm">
        ← {t('catatKegiatan.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('catatKegiatan.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('catatKegiatan.intro')}
        </Text>
      </Stack>
      {offline && (
        <Alert
          color="gray"
          variant="light"
          title={t('catatKegiatan.offlineTitle')}
          data-testid="log-form-offline"
        >
          <Text size="sm">{t('catatKegiatan.offlineText')}</Text>
        </Alert>
      )}
      <OutboxStatus outbox={outbox} />
      <LogForm saya={saya} runtime={outbox.runtime} />
    </Stack>
  );
}

interface LogFormProps {
  saya: MyFacilitation;
  runtime: OutboxRuntime;
}

type Note = { kind: 'saved' | 'again' | 'revised' } | null;

function LogForm({ saya, runtime }: LogFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fixKey = params.get('perbaiki');
  const today = formToday(localToday(), saya);
  const initialPlace = () => {
    const here = placeOptions(saya, today).filter((o) => o.onDate);
    return here.length === 1 ? here[0]!.value : '';
  };
  const [key, setKey] = useState(() => fixKey ?? newIdempotencyKey());
  const [values, setValues] = useState<LogFormValues>(() => emptyForm(today, initialPlace()));
  const [errors, setErrors] = useState<LogFormErrors>({});
  const [failures, setFailures] = useState(0);
  const [pending, setPending] = useState<Map<string, StoredFile>>(new Map());
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [preparing, setPreparing] = useState(false);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  /** Set by a save, cleared by the next change: a second tap on a just-emptied form does nothing. */
  const justSavedRef = useRef(false);
  const [note, setNote] = useState<Note>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [fixing, setFixing] = useState<{ messages: readonly string[] } | 'gone' | null>(null);
  const [locating, setLocating] = useState(false);
  const [accuracy, setAccuracy] = useState<number | null>(null);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(formRef, failures);

  // "Perbaiki": the waiting entry back in the form, under its own key.
  useEffect(() => {
    if (!fixKey) {
      setFixing(null);
      return;
    }
    let active = true;
    void (async () => {
      const item = await runtime.store.item(fixKey);
      if (!active) return;
      if (!item || item.state === 'sent' || item.state === 'sending') {
        setFixing('gone');
        return;
      }
      const thumbnails = new Map<string, string | null>();
      for (const e of item.evidence)
        thumbnails.set(e.sha256, (await runtime.store.file(e.sha256))?.thumbnail ?? null);
      if (!active) return;
      setKey(item.key);
      justSavedRef.current = false;
      setValues(fromEntryBody(item.payload, item.evidence, thumbnails));
      setPending(new Map());
      setFixing({ messages: item.messages });
      setErrors({});
    })();
    return () => {
      active = false;
    };
  }, [fixKey, runtime]);

  const options = useMemo(() => placeOptions(saya, values.date), [saya, values.date]);
  const formMessages = {
    placeRequired: t('catatKegiatan.placeRequired'),
    categoryRequired: t('catatKegiatan.categoryRequired'),
  };

  const set = <K extends keyof LogFormValues>(field: K, value: LogFormValues[K]) => {
    justSavedRef.current = false;
    setValues((v) => ({ ...v, [field]: value }));
    setNote(null);
    // A corrected field is no longer marked; the next "Simpan" checks everything again.
    setErrors((e) => {
      const cleared = CLEARED_BY[field];
      if (!cleared.some((f) => e[f] !== undefined)) return e;
      const next = { ...e };
      for (const f of cleared) delete next[f];
      return next;
    });
  };

  const addFiles = async (list: FileList | null, input: HTMLInputElement) => {
    const picked = Array.from(list ?? []);
    input.value = '';
    if (picked.length === 0) return;
    justSavedRef.current = false;
    setPreparing(true);
    setNote(null);
    setErrors((e) => ({ ...e, files: undefined }));
    const problems: string[] = [];
    for (const file of picked) {
      const prepared = await prepareEvidence(file, {
        unreadable: (name) => t('catatKegiatan.field.unreadable', { name }),
      });
      if (!prepared.ok) {
        problems.push(`${prepared.fileName}: ${prepared.message}`);
        continue;
      }
      setPending((m) => new Map(m).set(prepared.file.sha256, prepared.file));
      setValues((v) =>
        v.files.some((f) => f.sha256 === prepared.file.sha256)
          ? v
          : { ...v, files: [...v.files, { ...prepared.evidence, thumbnail: prepared.file.thumbnail }] },
      );
    }
    setFileProblems(problems);
    setPreparing(false);
  };

  const removeFile = (sha256: string) => {
    setValues((v) => ({ ...v, files: v.files.filter((f) => f.sha256 !== sha256) }));
    setErrors((e) => ({ ...e, files: undefined }));
  };

  const locate = () => {
    setGpsError(null);
    if (!('geolocation' in navigator)) {
      setGpsError(t('catatKegiatan.field.gpsUnsupported'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const round = (n: number) => Math.round(n * 1e6) / 1e6;
        const point = { lat: round(position.coords.latitude), lon: round(position.coords.longitude) };
        set('gps', point);
        setAccuracy(Math.round(position.coords.accuracy));
        const issue = gpsIssues(point)[0];
        setErrors((e) => ({ ...e, gps: issue?.message }));
      },
      (error) => {
        setLocating(false);
        setGpsError(
          error.code === error.PERMISSION_DENIED
            ? t('catatKegiatan.field.gpsDenied')
            : error.code === error.TIMEOUT
              ? t('catatKegiatan.field.gpsTimeout')
              : t('catatKegiatan.field.gpsUnavailable'),
        );
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const save = async (submit: boolean) => {
    // A second tap while the first is being stored does nothing (and the key is the same anyway).
    if (savingRef.current || justSavedRef.current || preparing) return;
    const found = logFormErrors(values, { today, saya, messages: formMessages });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    savingRef.current = true;
    setSaving(true);
    setSaveError(null);
    try {
      const draft = {
        key,
        payload: toEntryBody(values, key, submit),
        evidence: values.files.map(({ thumbnail: _thumbnail, ...e }) => e),
      };
      const files = values.files.map((f) => pending.get(f.sha256)).filter((f): f is StoredFile => !!f);
      let kind: NonNullable<Note>['kind'];
      if (fixing && fixing !== 'gone') {
        await reviseEntry(runtime.store, draft, files);
        kind = 'revised';
      } else {
        kind = (await saveEntry(runtime.store, draft, files, Date.now())) ? 'saved' : 'again';
      }
      setKey(newIdempotencyKey());
      setValues(emptyForm(values.date, values.place));
      setPending(new Map());
      setFileProblems([]);
      setAccuracy(null);
      setErrors({});
      setNote({ kind });
      justSavedRef.current = true;
      if (fixKey) navigate(LOG_FORM_PATH, { replace: true });
      void runtime.engine.syncNow();
      topRef.current?.scrollIntoView({ block: 'start' });
    } catch (error) {
      setSaveError(
        t('catatKegiatan.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  // A count that is not a whole number from zero up is marked at its field; the total leaves it out.
  const count = (text: string) => {
    const n = Number(text);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  };
  const total = count(values.women) + count(values.men);
  const onDate = options.filter((o) => o.onDate);
  const otherDates = options.filter((o) => !o.onDate);
  const placeData = [
    { value: '', label: t('catatKegiatan.field.placeEmpty') },
    ...onDate.map((o) => ({ value: o.value, label: o.label })),
    ...(otherDates.length > 0
      ? [
          {
            group: t('catatKegiatan.field.placeOtherDates'),
            items: otherDates.map((o) => ({ value: o.value, label: o.label })),
          },
        ]
      : []),
  ];
  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} ref={topRef}>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('catatKegiatan.title')}>
        <Stack gap="md">
          {note && (
            <Alert
              color="teal"
              variant="light"
              title={t('catatKegiatan.savedTitle')}
              role="status"
              data-testid="log-form-saved"
            >
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <Text size="sm">
                  {note.kind === 'saved'
                    ? t('catatKegiatan.savedText')
                    : note.kind === 'again'
                      ? t('catatKegiatan.savedAgainText')
                      : t('catatKegiatan.revisedText')}
                </Text>
                <CloseButton size="sm" onClick={() => setNote(null)} aria-label={t('common.close')} />
              </Group>
            </Alert>
          )}
          {fixing === 'gone' && (
            <Alert color="gray" variant="light">
              {t('catatKegiatan.fixingGone')}
            </Alert>
          )}
          {fixing && fixing !== 'gone' && (
            <Alert
              color="red"
              variant="light"
              title={t('catatKegiatan.fixingTitle')}
              data-testid="log-form-fixing"
            >
              <Stack gap={4}>
                <Text size="sm">{t('catatKegiatan.fixingText')}</Text>
                <List size="sm">
                  {fixing.messages.map((m) => (
                    <List.Item key={m}>{m}</List.Item>
                  ))}
                </List>
              </Stack>
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('catatKegiatan.field.date')}
            value={values.date}
            max={today}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={errors.date}
            required
            data-testid="log-date"
          />
          <NativeSelect
            label={t('catatKegiatan.field.place')}
            description={t('catatKegiatan.field.placeHint')}
            data={placeData}
            value={values.place}
            onChange={(e) => set('place', e.currentTarget.value)}
            error={errors.place}
            required
            data-testid="log-place"
          />
          <Radio.Group
            label={t('catatKegiatan.field.category')}
            value={values.category ?? ''}
            onChange={(value) => set('category', value as ActivityCategory)}
            error={errors.category}
            required
          >
            <Stack gap={6} mt={6}>
              {ACTIVITY_CATEGORIES.map((c) => (
                <Radio key={c} value={c} label={t(`pendampingan.category.${c}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('catatKegiatan.field.topic')}
            placeholder={t('catatKegiatan.field.topicHint')}
            value={values.topic}
            onChange={(e) => set('topic', e.currentTarget.value)}
            error={errors.topic}
            maxLength={200}
            required
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('catatKegiatan.field.participants')}
            </Text>
            <Group grow gap="sm" align="flex-start">
              <TextInput
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                label={t('catatKegiatan.field.women')}
                value={values.women}
                onChange={(e) => set('women', e.currentTarget.value)}
                error={errors.women}
                data-testid="log-women"
              />
              <TextInput
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                label={t('catatKegiatan.field.men')}
                value={values.men}
                onChange={(e) => set('men', e.currentTarget.value)}
                error={errors.men}
                data-testid="log-men"
              />
            </Group>
            {errors.participants ? (
              <Text size="sm" c="red" role="alert">
                {errors.participants}
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                {t('catatKegiatan.field.total', { count: total })}
              </Text>
            )}
          </Stack>
          <Checkbox.Group
            label={t('catatKegiatan.field.groups')}
            value={values.groups}
            onChange={(value) => set('groups', value as ParticipantGroup[])}
            error={errors.groups}
            required
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} verticalSpacing={6} mt={6}>
              {PARTICIPANT_GROUPS.map((g) => (
                <Checkbox key={g} value={g} label={t(`pendampingan.group.${g}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {NARRATIVE_FIELDS.map(({ field, minRows, required }) => (
            <Textarea
              key={field}
              label={t(`catatKegiatan.field.${field}`)}
              placeholder={field === 'activities' ? t('catatKegiatan.field.activitiesHint') : undefined}
              value={values[field]}
              onChange={(e) => set(field, e.currentTarget.value)}
              error={errors[field]}
              autosize
              minRows={minRows}
              required={required}
            />
          ))}
          <EvidenceField
            values={values}
            error={errors.files}
            problems={fileProblems}
            preparing={preparing}
            onPick={addFiles}
            onRemove={removeFile}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('catatKegiatan.field.gps')}
            </Text>
            {values.gps && (
              <Group gap="xs" wrap="wrap">
                <Text size="sm" data-testid="log-gps">
                  {t('catatKegiatan.field.location', { lat: values.gps.lat, lon: values.gps.lon })}
                  {accuracy !== null && ` (${t('catatKegiatan.field.accuracy', { meters: accuracy })})`}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    set('gps', null);
                    setAccuracy(null);
                    setErrors((e) => ({ ...e, gps: undefined }));
                  }}
                >
                  {t('catatKegiatan.field.removeLocation')}
                </Button>
              </Group>
            )}
            <Group>
              <Button variant="default" size="sm" onClick={locate} loading={locating}>
                {locating ? t('catatKegiatan.field.takingLocation') : t('catatKegiatan.field.takeLocation')}
              </Button>
            </Group>
            {(gpsError || errors.gps) && (
              <Text size="sm" c="red" role="alert">
                {errors.gps ?? gpsError}
              </Text>
            )}
          </Stack>
          {saveError && (
            <Alert color="red" variant="light" data-error-alert tabIndex={-1}>
              {saveError}
            </Alert>
          )}
          {hasErrors && (
            <Text size="sm" c="red">
              {t('catatKegiatan.errorsTitle')}
            </Text>
          )}
          <Group gap="sm">
            <Button type="submit" loading={saving} disabled={preparing} data-testid="log-save">
              {t('catatKegiatan.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => void save(false)}
              disabled={saving || preparing}
              data-testid="log-save-draft"
            >
              {t('catatKegiatan.saveDraft')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('catatKegiatan.saveNote')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

interface EvidenceFieldProps {
  values: LogFormValues;
  error: string | undefined;
  problems: string[];
  preparing: boolean;
  onPick: (files: FileList | null, input: HTMLInputElement) => Promise<void>;
  onRemove: (sha256: string) => void;
}

function EvidenceField({ values, error, problems, preparing, onPick, onRemove }: EvidenceFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('catatKegiatan.field.evidence')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('catatKegiatan.field.evidenceHint')}
      </Text>
      <Group gap="xs">
        <Button
          component="label"
          variant="light"
          size="sm"
          loading={preparing}
          style={{ position: 'relative' }}
        >
          {t('catatKegiatan.field.takePhoto')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            style={FILE_INPUT_STYLE}
            onChange={(e) => void onPick(e.currentTarget.files, e.currentTarget)}
            data-testid="log-camera"
          />
        </Button>
        <Button
          component="label"
          variant="default"
          size="sm"
          disabled={preparing}
          style={{ position: 'relative' }}
        >
          {t('catatKegiatan.field.pickFiles')}
          <input
            type="file"
            accept="image/*,application/pdf"
            multiple
            style={FILE_INPUT_STYLE}
            onChange={(e) => void onPick(e.currentTarget.files, e.currentTarget)}
            data-testid="log-files"
          />
        </Button>
      </Group>
      {preparing && (
        <Text size="xs" c="dimmed" role="status">
          {t('catatKegiatan.field.preparing')}
        </Text>
      )}
      {values.files.length > 0 && (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" data-testid="log-evidence-list">
          {values.files.map((f) => (
            <Paper key={f.sha256} withBorder radius="sm" p={4} data-testid="log-evidence">
              <Stack gap={2}>
                {f.thumbnail ? (
                  <img
                    src={f.thumbnail}
                    alt={f.fileName}
                    style={{ width: '100%', height: 96, objectFit: 'cover', borderRadius: 4 }}
                  />
                ) : (
                  <Text size="xs" fw={700} ta="center" py="md">
                    {f.mediaType === 'application/pdf' ? 'PDF' : f.mediaType}
                  </Text>
                )}
                <Group gap={2} wrap="nowrap" justify="space-between">
                  <Text size="xs" truncate title={f.fileName}>
                    {f.fileName} · {Math.max(1, Math.round(f.bytes / 1024))} KB
                  </Text>
                  <CloseButton
                    size="xs"
                    onClick={() => onRemove(f.sha256)}
                    aria-label={t('catatKegiatan.field.removeFile', { name: f.fileName })}
                  />
                </Group>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {(error || problems.length > 0) && (
        <Stack gap={2} role="alert">
          {error && (
            <Text size="sm" c="red">
              {error}
            </Text>
          )}
          {problems.map((p) => (
            <Text key={p} size="sm" c="red">
              {p}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
