import { useState } from 'react';

/** A fresh `Idempotency-Key` (a random UUID) for one user action that moves money. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/**
 * The `Idempotency-Key` of one user action: made once when the component (a dialog's form, a confirmation) mounts and
 * kept for its lifetime, so every submit and retry of that action sends the same key and the server pays once
 * (a double-click, a retry after a lost answer). Opening the dialog again mounts a new form: a new action, a new key.
 */
export function useActionKey(): string {
  const [key] = useState(newIdempotencyKey);
  return key;
}
