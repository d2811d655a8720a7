import { useCallback, useState } from 'react';

/**
 * A section that switches to its form: whether the form is open, and the note shown once it
 * closes after saving (`savedNote`), or any other note the section sets.
 */
export function useEditing(savedNote: string) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const edit = useCallback(() => setEditing(true), []);
  const done = useCallback(
    (saved: boolean) => {
      setEditing(false);
      if (saved) setNote(savedNote);
    },
    [savedNote],
  );
  return { editing, edit, done, note, setNote };
}
