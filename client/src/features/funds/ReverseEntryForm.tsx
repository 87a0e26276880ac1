import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { Permission, ProblemCode, type FundEntryDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatSignedMoney, humanize, optionalText } from '../../lib/format';
import { useActionKey } from '../../lib/idempotency';
import { useCan } from '../auth/hooks';
import { useReverseFundEntry } from './hooks';

const FIELDS = ['reason', 'overdraftReason'];

interface ReverseEntryFormProps {
  entry: FundEntryDto;
  onDone: () => void;
}

/**
 * Confirms the reversal of an operation with a reason (required): a new entry of the opposite amount that points at
 * it. One `Idempotency-Key` per dialog, like every money movement.
 */
export function ReverseEntryForm({ entry, onDone }: ReverseEntryFormProps) {
  const key = useActionKey();
  const reverse = useReverseFundEntry();
  const canOverdraw = useCan(Permission.FundsOverdraw);
  const [reason, setReason] = useState('');
  const [overdraftReason, setOverdraftReason] = useState('');
  const problem = reverse.error ? toProblem(reverse.error) : null;
  const askOverdraft = canOverdraw && problem?.code === ProblemCode.OverdraftReasonRequired;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reverse.mutate(
      {
        entryId: entry.id,
        key,
        body: { reason: reason.trim(), overdraftReason: askOverdraft ? optionalText(overdraftReason) : undefined },
      },
      { onSuccess: () => onDone() },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm" component="div">
          {humanize(entry.kind)} of <strong>{formatSignedMoney(entry.amount, entry.currency)}</strong> on{' '}
          {entry.fundName} ({formatDateTime(entry.createdAt)}): &ldquo;{entry.description}&rdquo;. A reversal books{' '}
          <strong>{formatSignedMoney(-entry.amount, entry.currency)}</strong> and points at this operation; it cannot be
          undone.
        </Text>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Textarea
          label="Reason"
          description="Why the operation is reversed; it becomes the reversal's description."
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(problem, 'reason')}
          data-autofocus
        />
        {askOverdraft && (
          <Textarea
            label="Overdraft reason"
            description="The reversal takes the fund below zero. Why? It is kept on the operation."
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            value={overdraftReason}
            onChange={(e) => setOverdraftReason(e.currentTarget.value)}
            error={fieldError(problem, 'overdraftReason')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={reverse.isPending}>
            Reverse
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
