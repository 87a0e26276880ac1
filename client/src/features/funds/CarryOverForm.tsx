import { useState, type FormEvent } from 'react';
import { Button, Group, List, Select, Stack, Text } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney, formatPeriod } from '../../lib/format';
import { useActionKey } from '../../lib/idempotency';
import { useCarryOverFunds, usePartnerPartnerships } from './hooks';

interface CarryOverFormProps {
  partnership: PartnershipDto;
  onDone: () => void;
}

/** Period end: moves the balances of an earlier partnership of the partner into this one's funds (one key per dialog). */
export function CarryOverForm({ partnership, onDone }: CarryOverFormProps) {
  const key = useActionKey();
  const carryOver = useCarryOverFunds(partnership.id);
  const others = usePartnerPartnerships(partnership.accountId);
  const [previous, setPrevious] = useState<string | null>(null);
  const problem = carryOver.error ? toProblem(carryOver.error) : null;
  const options = (others.data?.items ?? [])
    .filter((p) => p.id !== partnership.id)
    .map((p) => ({ value: p.id, label: `${p.name} (${formatPeriod(p.startDate, p.dueDate)})` }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    carryOver.mutate({ key, previousPartnershipId: previous ?? '' });
  };

  if (carryOver.data) {
    const moves = carryOver.data.moves ?? [];
    return (
      <Stack>
        <Text size="sm">
          {moves.length === 0 ? 'Nothing to carry over: the earlier funds are empty.' : 'Carried over:'}
        </Text>
        {moves.length > 0 && (
          <List size="sm">
            {moves.map((m) => (
              <List.Item key={m.toEntryId}>
                {m.fundName}: {formatMoney(m.amount)}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end">
          <Button onClick={onDone}>Close</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          The balance of each fund of the earlier partnership moves into this partnership&apos;s fund of the same type,
          with an entry on both sides that says so.
        </Text>
        <ProblemAlert problem={problem} fields={['previousPartnershipId']} />
        <Select
          label="Earlier partnership"
          withAsterisk
          data={options}
          value={previous}
          onChange={setPrevious}
          nothingFoundMessage="The partner has no other partnership"
          error={fieldError(problem, 'previousPartnershipId')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={carryOver.isPending} disabled={!previous}>
            Carry over
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
