import {
  Button,
  Checkbox,
  CloseButton,
  Collapse,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type ChangeEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDesa, Participant } from '../../../contracts/musyawarah.contract';
import { GENDERS, PARTICIPANT_ELEMENTS } from '../../../domain/deliberation/attendance';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import {
  addRows,
  draftSummary,
  emptyRow,
  MAX_ROWS,
  type ParticipantRow,
  participantErrors,
  participantsBody,
  rowProblems,
  rowsChanged,
  rowsFromParticipants,
  rowsFromPaste,
  rowsToSend,
} from './attendance-draft';
import { AttendanceTableHead } from './attendance-summary';
import classes from './musyawarah.module.css';
import { useSetParticipants } from './use-musyawarah-queries';

type Flag = 'youth' | 'poorOrMarginal' | 'disability' | 'invited' | 'attended';
const FLAGS: readonly Flag[] = ['youth', 'poorOrMarginal', 'disability', 'invited', 'attended'];

interface RowProps {
  row: ParticipantRow;
  index: number;
  memberDesa: readonly MemberDesa[];
  errors: Record<string, string | undefined>;
  onChange: (key: string, change: Partial<ParticipantRow>) => void;
  onRemove: (key: string) => void;
  /** Enter in the name: to the next row's name, adding one at the end. */
  onEnter: (key: string) => void;
  nameRef: (key: string, element: HTMLInputElement | null) => void;
}

/** What the table row and the card share for each field: its value, change, error and test id. */
function useRowFields({ row, memberDesa, errors, onChange, onEnter, nameRef }: RowProps) {
  const { t } = useTranslation();
  const flag = (name: Flag) => ({
    checked: row[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(row.key, { [name]: e.currentTarget.checked }),
    'data-testid': `attendance-${name}`,
  });
  // The options list only the values the field takes, so the chosen one is one of them.
  const select = (
    field: 'gender' | 'element' | 'desaCode',
    testId: string,
    data: { value: string; label: string }[],
  ) => ({
    data,
    value: row[field],
    onChange: (e: ChangeEvent<HTMLSelectElement>) =>
      onChange(row.key, { [field]: e.currentTarget.value } as Partial<ParticipantRow>),
    error: errors[field],
    'data-testid': testId,
  });
  return {
    name: {
      ref: (el: HTMLInputElement | null) => nameRef(row.key, el),
      value: row.name,
      maxLength: 120,
      onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(row.key, { name: e.currentTarget.value }),
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onEnter(row.key);
        }
      },
      error: errors.name,
      'data-testid': 'attendance-name',
    },
    gender: select('gender', 'attendance-gender', [
      { value: '', label: '–' },
      ...GENDERS.map((g) => ({ value: g, label: t(`musyawarah.genderShort.${g}`) })),
    ]),
    element: select('element', 'attendance-element', [
      { value: '', label: t('musyawarah.attendance.pickElement') },
      ...PARTICIPANT_ELEMENTS.map((e) => ({ value: e, label: t(`musyawarah.element.${e}`) })),
    ]),
    desa: select('desaCode', 'attendance-desa', [
      { value: '', label: t('musyawarah.attendance.noDesa') },
      ...memberDesa.map((d) => ({ value: d.code, label: d.name })),
    ]),
    affiliation: {
      value: row.affiliation,
      maxLength: 160,
      onChange: (e: ChangeEvent<HTMLInputElement>) =>
        onChange(row.key, { affiliation: e.currentTarget.value }),
      error: errors.affiliation,
    },
    flag,
  };
}

function TableRow(props: RowProps) {
  const { row, index, onRemove } = props;
  const { t } = useTranslation();
  const fields = useRowFields(props);
  const n = index + 1;
  const flagCell = (flag: Flag) => (
    <Table.Td key={flag} className={classes.center}>
      <Checkbox
        size="xs"
        aria-label={t(`musyawarah.attendance.flagOf.${flag}`, { n })}
        styles={{ body: { justifyContent: 'center' } }}
        {...fields.flag(flag)}
      />
    </Table.Td>
  );
  return (
    <Table.Tr data-testid="attendance-row">
      <Table.Td className={classes.rowNumber}>{n}</Table.Td>
      <Table.Td miw={160}>
        <TextInput size="xs" aria-label={t('musyawarah.attendance.nameOf', { n })} {...fields.name} />
      </Table.Td>
      <Table.Td w={64}>
        <NativeSelect size="xs" aria-label={t('musyawarah.attendance.genderOf', { n })} {...fields.gender} />
      </Table.Td>
      {(['youth', 'poorOrMarginal', 'disability'] as const).map(flagCell)}
      <Table.Td miw={150}>
        <NativeSelect
          size="xs"
          aria-label={t('musyawarah.attendance.elementOf', { n })}
          {...fields.element}
        />
      </Table.Td>
      <Table.Td miw={130}>
        <NativeSelect size="xs" aria-label={t('musyawarah.attendance.desaOf', { n })} {...fields.desa} />
      </Table.Td>
      <Table.Td miw={120}>
        <TextInput
          size="xs"
          aria-label={t('musyawarah.attendance.affiliationOf', { n })}
          {...fields.affiliation}
        />
      </Table.Td>
      {(['invited', 'attended'] as const).map(flagCell)}
      <Table.Td>
        <CloseButton
          size="sm"
          onClick={() => onRemove(row.key)}
          aria-label={t('musyawarah.attendance.remove', { n })}
          title={t('musyawarah.attendance.remove', { n })}
          tabIndex={-1}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function CardRow(props: RowProps) {
  const { row, index, onRemove } = props;
  const { t } = useTranslation();
  const fields = useRowFields(props);
  const n = index + 1;
  return (
    <Fieldset
      legend={t('musyawarah.attendance.rowLegend', { n })}
      radius="sm"
      p="xs"
      className={classes.card}
      data-testid="attendance-row"
    >
      <CloseButton
        className={classes.cardRemove}
        size="sm"
        onClick={() => onRemove(row.key)}
        aria-label={t('musyawarah.attendance.remove', { n })}
      />
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1, minWidth: 0 }}
            label={t('musyawarah.attendance.name')}
            enterKeyHint="next"
            {...fields.name}
          />
          <NativeSelect w={76} label={t('musyawarah.attendance.gender')} {...fields.gender} />
        </Group>
        <NativeSelect label={t('musyawarah.attendance.element')} {...fields.element} />
        <NativeSelect label={t('musyawarah.attendance.desa')} {...fields.desa} />
        <TextInput
          label={`${t('musyawarah.attendance.affiliation')} (${t('common.optional')})`}
          {...fields.affiliation}
        />
        <div className={classes.flags}>
          {FLAGS.map((flag) => (
            <Checkbox key={flag} label={t(`musyawarah.attendance.flag.${flag}`)} {...fields.flag(flag)} />
          ))}
        </div>
      </Stack>
    </Fieldset>
  );
}

/**
 * The attendance list typed from paper: a row per person (a table on wider screens, cards on a
 * phone), Enter in a name goes to the next row, new rows copy the desa, element and marks of
 * the row above, and names can be pasted in bulk. Saving replaces the stored list.
 */
export function AttendanceEditor({
  mid,
  participants,
  memberDesa,
}: {
  mid: string;
  participants: readonly Participant[];
  memberDesa: readonly MemberDesa[];
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const save = useSetParticipants(mid);
  const [rows, setRows] = useState<ParticipantRow[]>(() => {
    const stored = rowsFromParticipants(participants);
    return stored.length > 0 ? stored : addRows([], 5);
  });
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<ParticipantRow[]>([]);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const nameRefs = useRef(new Map<string, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey) return;
    nameRefs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const change = (key: string, patch: Partial<ParticipantRow>) => {
    setNote(null);
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const remove = (key: string) => setRows((list) => list.filter((r) => r.key !== key));
  const enter = (key: string) => {
    const at = rows.findIndex((r) => r.key === key);
    const next = rows[at + 1];
    if (next) {
      setFocusKey(next.key);
      return;
    }
    if (rows.length >= MAX_ROWS) return;
    const added = emptyRow(rows[at]);
    setRows([...rows, added]);
    setFocusKey(added.key);
  };
  const nameRef = (key: string, el: HTMLInputElement | null) => {
    if (el) nameRefs.current.set(key, el);
    else nameRefs.current.delete(key);
  };

  const local = tried ? rowProblems(rows) : {};
  const server = participantErrors(fieldErrorsOf(save.error), sent);
  const problemText = t('musyawarah.attendance.required');
  const errorsOf = (row: ParticipantRow): Record<string, string | undefined> => {
    const mine = local[row.key] ?? {};
    return {
      ...server.byRow[row.key],
      ...(mine.name ? { name: problemText } : {}),
      ...(mine.gender ? { gender: problemText } : {}),
      ...(mine.element ? { element: problemText } : {}),
    };
  };
  const counts = draftSummary(rows);
  const written = rowsToSend(rows).length;
  const changed = rowsChanged(rows, participants);
  const problemCount = Object.keys(rowProblems(rows)).length;

  const submit = () => {
    setTried(true);
    if (Object.keys(rowProblems(rows)).length > 0) return;
    const toSend = rowsToSend(rows);
    setSent(toSend);
    save.mutate(participantsBody(rows), {
      onSuccess: (detail) => {
        setTried(false);
        setRows(detail.participants.length > 0 ? rowsFromParticipants(detail.participants) : addRows([], 5));
        setNote(t('musyawarah.attendance.saved', { count: detail.participants.length }));
      },
    });
  };
  const addPasted = () => {
    const blankTail = rows.filter(
      (r) => r.name.trim() === '' && r.gender === '' && r.affiliation.trim() === '',
    );
    const kept = rows.filter((r) => !blankTail.includes(r));
    const added = rowsFromPaste(pasted, kept.at(-1));
    setRows([...kept, ...added].slice(0, MAX_ROWS));
    setPasted('');
    setPasting(false);
  };

  const rowProps = (row: ParticipantRow, index: number): RowProps => ({
    row,
    index,
    memberDesa,
    errors: errorsOf(row),
    onChange: change,
    onRemove: remove,
    onEnter: enter,
    nameRef,
  });
  return (
    <Stack gap="sm" data-testid="attendance-editor">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {save.isError && <MutationErrorAlert error={save.error} title={t('common.notSavedTitle')} />}
      {server.list.length > 0 && (
        <ul className={classes.methodList} data-testid="attendance-list-errors">
          {server.list.map((m) => (
            <li key={m}>
              <Text span size="sm" c="red">
                {m}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text size="sm" c="dimmed">
        {t('musyawarah.attendance.hint')}
      </Text>
      {wide ? (
        <Table.ScrollContainer minWidth={1040}>
          <Table
            className={classes.attendance}
            aria-label={t('musyawarah.attendance.tableLabel')}
            data-testid="attendance-table"
          >
            <AttendanceTableHead editable />
            <Table.Tbody>
              {rows.map((row, i) => (
                <TableRow key={row.key} {...rowProps(row, i)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Stack gap="xs">
          {rows.map((row, i) => (
            <CardRow key={row.key} {...rowProps(row, i)} />
          ))}
        </Stack>
      )}
      <Group gap="xs" wrap="wrap">
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => {
            const next = addRows(rows, 1);
            setRows(next);
            setFocusKey(next.at(-1)?.key ?? null);
          }}
          disabled={rows.length >= MAX_ROWS}
          data-testid="attendance-add-row"
        >
          {t('musyawarah.attendance.addRow')}
        </Button>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => setRows(addRows(rows, 10))}
          disabled={rows.length >= MAX_ROWS}
          data-testid="attendance-add-ten"
        >
          {t('musyawarah.attendance.addTen')}
        </Button>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setPasting((v) => !v)}
          data-testid="attendance-paste-open"
        >
          {t('musyawarah.attendance.paste')}
        </Button>
      </Group>
      <Collapse expanded={pasting}>
        <Stack gap="xs">
          <Textarea
            label={t('musyawarah.attendance.pasteLabel')}
            description={t('musyawarah.attendance.pasteHint')}
            autosize
            minRows={4}
            maxRows={12}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            data-testid="attendance-paste"
          />
          <Group>
            <Button
              size="compact-sm"
              onClick={addPasted}
              disabled={pasted.trim() === ''}
              data-testid="attendance-paste-add"
            >
              {t('musyawarah.attendance.pasteAdd')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" data-testid="attendance-live-counts">
          {t('musyawarah.attendance.liveCounts', {
            rows: written,
            attended: counts.attended,
            women: counts.women,
          })}
          {tried && problemCount > 0 && (
            <Text span c="red" size="sm">
              {' '}
              · {t('musyawarah.attendance.rowsWithProblems', { count: problemCount })}
            </Text>
          )}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setTried(false);
              save.reset();
              setRows(participants.length > 0 ? rowsFromParticipants(participants) : addRows([], 5));
            }}
            disabled={!changed || save.isPending}
          >
            {t('musyawarah.attendance.undo')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!changed} data-testid="attendance-save">
            {t('musyawarah.attendance.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
