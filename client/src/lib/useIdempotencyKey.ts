import { useState } from 'react';

/**
 * The `Idempotency-Key` of one user action that moves money (approve, complete, cancel an activity): a random UUID made
 * when the dialog's form mounts and kept while it stays open, so a double-click or a retry after a lost answer sends
 * the same key and the server acts once. Closing and reopening the dialog mounts a new form: a new action, a new key.
 */
export function useIdempotencyKey(): string {
  const [key] = useState(() => crypto.randomUUID());
  return key;
}
