import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { Permission, ProblemCode, type FundDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney, optionalText, toNumber } from '../../lib/format';
import { useActionKey } from '../../lib/idempotency';
import { useCan } from '../auth/hooks';
import { useCreditFund, useDebitFund } from './hooks';

const FIELDS = ['amount', 'description', 'overdraftReason'];

export type FundMove = 'credit' | 'debit';

interface FundMoveFormProps {
  fund: FundDto;
  move: FundMove;
  onDone: () => void;
}

/**
 * A manual credit or debit of a fund (W9). The form holds ONE `Idempotency-Key` for its lifetime: submitting twice
 * (a double-click) or again after a failure sends the same key, so the server moves the money once; the next dialog is
 * a new form with a new key. A debit beyond the balance asks users holding funds.overdraw for a written reason (D8).
 */
export function FundMoveForm({ fund, move, onDone }: FundMoveFormProps) {
  const key = useActionKey();
  const credit = useCreditFund(fund.id);
  const debit = useDebitFund(fund.id);
  const mutation = move === 'credit' ? credit : debit;
  const canOverdraw = useCan(Permission.FundsOverdraw);
  const [amount, setAmount] = useState<number | string>('');
  const [description, setDescription] = useState('');
  const [overdraftReason, setOverdraftReason] = useState('');
  const problem = mutation.error ? toProblem(mutation.error) : null;
  const value = toNumber(amount);
  const overdraws =
    move === 'debit' &&
    ((value !== undefined && value > fund.balance) || problem?.code === ProblemCode.OverdraftReasonRequired);
  const askReason = overdraws && canOverdraw;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { amount: value ?? 0, description: description.trim() };
    if (move === 'credit') credit.mutate({ key, body }, { onSuccess: () => onDone() });
    else
      debit.mutate(
        { key, body: { ...body, overdraftReason: askReason ? optionalText(overdraftReason) : undefined } },
        { onSuccess: () => onDone() },
      );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          {fund.name} holds <strong>{formatMoney(fund.balance, fund.currency)}</strong>.{' '}
          {move === 'credit'
            ? 'The amount comes from the vendor budget.'
            : 'The amount is taken from the fund as a manual correction.'}{' '}
          The partner&apos;s organization admins are told by e-mail.
        </Text>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <NumberInput
          label={`Amount (${fund.currency})`}
          withAsterisk
          min={0}
          decimalScale={2}
          thousandSeparator=","
          allowNegative={false}
          value={amount}
          onChange={setAmount}
          error={fieldError(problem, 'amount')}
          data-autofocus
        />
        <Textarea
          label="Description"
          description="What the money is for; the partner sees it in the portal."
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(problem, 'description')}
        />
        {move === 'debit' && overdraws && !canOverdraw && (
          <Text size="sm" c="red" role="status">
            This is more than the fund holds: the debit will be refused.
          </Text>
        )}
        {askReason && (
          <Textarea
            label="Overdraft reason"
            description="The debit takes the fund below zero. Why? It is kept on the operation."
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
          <Button type="submit" color={move === 'debit' ? 'orange' : undefined} loading={mutation.isPending}>
            {move === 'credit' ? 'Credit' : 'Debit'} {fund.name}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
