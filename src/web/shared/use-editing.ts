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

/**
 * A section with a form to add one more item: whether the form is open (`add` opens it and clears
 * the last note), and `done` closing it with the note to show, or null when nothing was saved.
 */
export function useAdding() {
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const add = useCallback(() => {
    setNote(null);
    setAdding(true);
  }, []);
  const done = useCallback((savedNote: string | null) => {
    setAdding(false);
    if (savedNote) setNote(savedNote);
  }, []);
  return { adding, add, done, note, setNote };
}
