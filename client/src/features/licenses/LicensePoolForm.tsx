import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { LicensePoolDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { toNumber } from '../../lib/format';
import { useSaveLicensePool } from './hooks';

const FIELDS = ['edition', 'seats'];

interface LicensePoolFormProps {
  pool?: LicensePoolDto;
  onDone: () => void;
}

/** Create (no `pool`) or edit a licence pool. */
export function LicensePoolForm({ pool, onDone }: LicensePoolFormProps) {
  const save = useSaveLicensePool();
  const [edition, setEdition] = useState(pool?.edition ?? '');
  const [seats, setSeats] = useState<number | string>(pool?.seats ?? 10);
  const [localError, setLocalError] = useState<string>();
  const problem = save.error ? toProblem(save.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const seatCount = toNumber(seats);
    if (seatCount === undefined) {
      setLocalError('Enter the number of seats.');
      return;
    }
    if (seatCount < 0) {
      setLocalError('Seats cannot be negative.');
      return;
    }
    setLocalError(undefined);
    save.mutate({ id: pool?.id, body: { edition: edition.trim(), seats: seatCount } }, { onSuccess: () => onDone() });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Edition"
          withAsterisk
          placeholder="Partner portal cloud"
          value={edition}
          onChange={(e) => setEdition(e.currentTarget.value)}
          error={fieldError(problem, 'edition')}
          data-autofocus
        />
        <NumberInput
          label="Seats"
          withAsterisk
          min={0}
          allowDecimal={false}
          // The sign stays as typed ("-3" is refused below, never silently saved as 3) and nothing is clamped.
          clampBehavior="none"
          value={seats}
          onChange={setSeats}
          error={localError ?? fieldError(problem, 'seats')}
        />
        {pool && (
          <Text size="sm" c="dimmed">
            {pool.used} of {pool.seats} seats are in use.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {pool ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
