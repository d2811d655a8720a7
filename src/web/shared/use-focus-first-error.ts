import { type RefObject, useEffect } from 'react';

/**
 * After a failed submit, moves focus to the first field marked invalid (or the form's error
 * alert, whichever comes first) and scrolls it into view: on a phone the submit button is often
 * far below the problem. `attempt` changes on every failed submit (0: none yet).
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-alert]');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }, [form, attempt]);
}
