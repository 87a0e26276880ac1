import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { MarketingActivityStatus, ProblemCode, type FundDto, type MarketingActivityDto } from '../../api';
import { fieldError, toProblem, type Problem } from '../../api/http';
import { OwnerSelect } from '../../components/OwnerSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney, optionalText, toNumber } from '../../lib/format';
import { useActionKey } from '../../lib/idempotency';
import { fromMinor } from './display';
import {
  useApproveActivity,
  useCancelActivity,
  useCompleteActivity,
  useOwnerCandidates,
  usePartnershipFunds,
  useRejectActivity,
} from './hooks';

interface DialogFormProps {
  activity: MarketingActivityDto;
  onDone: () => void;
}

function Buttons({
  onCancel,
  cancelLabel = 'Cancel',
  children,
}: {
  onCancel: () => void;
  cancelLabel?: string;
  children: ReactNode;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {children}
    </Group>
  );
}

/** 409 insufficient_funds in words the employee can act on; other problems as usual. */
function MoneyProblem({ problem, fund, fields }: { problem: Problem | null; fund?: FundDto; fields: string[] }) {
  if (problem?.code === ProblemCode.InsufficientFunds) {
    return (
      <Alert color="red" variant="light" title="Not enough money in the fund" role="alert">
        {fund
          ? `${fund.name} holds ${formatMoney(fund.balanceMinor / 100, fund.currency)}, less than this needs. `
          : 'The fund holds less than this needs. '}
        Nothing was booked and the activity is unchanged: lower the amount, choose another fund, or ask Finance to
        credit the fund first.
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} fields={fields} />;
}

const APPROVE_FIELDS = ['approvedBudget', 'fundId', 'ownerId'];

/**
 * Approve an activity on approval: approved budget (the proposal's by default), fund (the partner's choice by default)
 * and owner; the budget is debited from the fund at once. One Idempotency-Key per opening of the dialog.
 */
export function ApproveForm({ activity: a, onDone }: DialogFormProps) {
  const key = useActionKey();
  const approve = useApproveActivity(a.id);
  const funds = usePartnershipFunds(a.partnershipId);
  const owners = useOwnerCandidates(a.id);
  const [budget, setBudget] = useState<number | string>(a.proposedBudgetMinor / 100);
  const [fundId, setFundId] = useState<string | null>(a.fundId ?? null);
  const [ownerId, setOwnerId] = useState<string | null>(a.ownerId ?? null);
  const [localError, setLocalError] = useState<string>();
  const problem = approve.error ? toProblem(approve.error) : null;
  const fund = funds.data?.find((f) => f.id === fundId);
  const amount = toNumber(budget);
  const balance = fund ? fund.balanceMinor / 100 : undefined;
  const short = balance !== undefined && amount !== undefined && amount > balance;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (amount === undefined || amount < 0) {
      setLocalError('Enter the approved budget (0 or more).');
      return;
    }
    setLocalError(undefined);
    approve.mutate(
      { key, body: { approvedBudget: amount, fundId: fundId ?? undefined, ownerId: ownerId ?? undefined } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <MoneyProblem problem={problem} fund={fund} fields={APPROVE_FIELDS} />
        <Text size="sm">
          Proposed: <b>{formatMoney(fromMinor(a.proposedBudgetMinor), a.currency)}</b>
          {a.fundName ? ` from ${a.fundName}` : ''}.
        </Text>
        <NumberInput
          label={`Approved budget (${a.currency})`}
          withAsterisk
          min={0}
          decimalScale={2}
          thousandSeparator=","
          clampBehavior="none"
          hideControls
          value={budget}
          onChange={setBudget}
          error={localError ?? fieldError(problem, 'approvedBudget')}
          data-autofocus
        />
        <Select
          label="Fund"
          placeholder={funds.isPending ? 'Loading…' : 'No fund: nothing is debited'}
          clearable
          data={(funds.data ?? [])
            .filter((f) => f.isActive || f.id === fundId)
            .map((f) => ({ value: f.id, label: f.name }))}
          value={fundId}
          onChange={setFundId}
          error={fieldError(problem, 'fundId')}
        />
        {fund && (
          <Text size="sm" c={short ? 'red.8' : undefined} data-testid="approve-fund-balance">
            {fund.name} holds {formatMoney(balance, fund.currency)}
            {amount !== undefined && !short
              ? `; after approval ${formatMoney((balance ?? 0) - amount, fund.currency)}.`
              : short
                ? ': less than the approved budget, so the approval will be refused.'
                : '.'}
          </Text>
        )}
        <OwnerSelect
          description="The partner's portal user who runs the activity"
          candidates={owners.data}
          loading={owners.isPending}
          value={ownerId}
          onChange={setOwnerId}
          error={fieldError(problem, 'ownerId')}
        />
        <Buttons onCancel={onDone}>
          <Button type="submit" color="green" loading={approve.isPending}>
            Approve
          </Button>
        </Buttons>
      </Stack>
    </form>
  );
}

/** Reject an activity on approval, with the reason the partner is told. */
export function RejectForm({ activity: a, onDone }: DialogFormProps) {
  const reject = useRejectActivity(a.id);
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string>();
  const problem = reject.error ? toProblem(reject.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setLocalError('Write the reason: the partner is told.');
      return;
    }
    setLocalError(undefined);
    reject.mutate(reason.trim(), { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['reason']} />
        <Textarea
          label="Reason"
          withAsterisk
          description="Sent to the partner"
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={localError ?? fieldError(problem, 'reason')}
          data-autofocus
        />
        <Buttons onCancel={onDone}>
          <Button type="submit" color="red" loading={reject.isPending}>
            Reject
          </Button>
        </Buttons>
      </Stack>
    </form>
  );
}

/** What completing with `spent` books: the unspent rest credited back, or the extra debited. */
export function completionEffect(approved: number, spent: number, currency: string, fundName?: string): string {
  const from = fundName ?? 'the fund';
  const diff = Math.round((approved - spent) * 100) / 100;
  if (diff > 0) return `${formatMoney(diff, currency)} unspent will be credited back to ${from}.`;
  if (diff < 0) return `${formatMoney(-diff, currency)} more than approved will be debited from ${from}.`;
  return `Exactly the approved budget was spent: no further entry is booked.`;
}

/** Complete an approved activity with the amount spent (D7: the difference to the approved budget is booked). */
export function CompleteForm({ activity: a, onDone }: DialogFormProps) {
  const key = useActionKey();
  const complete = useCompleteActivity(a.id);
  const funds = usePartnershipFunds(a.fundId ? a.partnershipId : undefined);
  const approved = fromMinor(a.approvedBudgetMinor) ?? 0;
  const [spent, setSpent] = useState<number | string>(approved);
  const [localError, setLocalError] = useState<string>();
  const problem = complete.error ? toProblem(complete.error) : null;
  const amount = toNumber(spent);
  const fund = funds.data?.find((f) => f.id === a.fundId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (amount === undefined || amount < 0) {
      setLocalError('Enter the amount spent (0 or more).');
      return;
    }
    setLocalError(undefined);
    complete.mutate({ key, spentBudget: amount }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <MoneyProblem problem={problem} fund={fund} fields={['spentBudget']} />
        <Text size="sm">
          Approved: <b>{formatMoney(approved, a.currency)}</b>
          {a.fundName ? ` from ${a.fundName}` : ''}.
        </Text>
        <NumberInput
          label={`Spent (${a.currency})`}
          withAsterisk
          min={0}
          decimalScale={2}
          thousandSeparator=","
          clampBehavior="none"
          hideControls
          value={spent}
          onChange={setSpent}
          error={localError ?? fieldError(problem, 'spentBudget')}
          data-autofocus
        />
        {amount !== undefined && amount >= 0 && (
          <Text size="sm" data-testid="completion-effect">
            {a.fundId
              ? completionEffect(approved, amount, a.currency, a.fundName)
              : 'The activity has no fund: nothing is booked.'}
          </Text>
        )}
        <Buttons onCancel={onDone}>
          <Button type="submit" loading={complete.isPending}>
            Complete
          </Button>
        </Buttons>
      </Stack>
    </form>
  );
}

/** Cancel a proposal or an approved activity; an approved one's fund entries are reversed (D7). */
export function CancelForm({ activity: a, onDone }: DialogFormProps) {
  const key = useActionKey();
  const cancel = useCancelActivity(a.id);
  const [reason, setReason] = useState('');
  const problem = cancel.error ? toProblem(cancel.error) : null;
  const approved = a.status === MarketingActivityStatus.Approved && !!a.fundId;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ key, reason: optionalText(reason) }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['reason']} />
        {approved ? (
          <Alert color="orange" variant="light" title="The fund entries are reversed">
            The approved budget of {formatMoney(fromMinor(a.approvedBudgetMinor), a.currency)} was debited from{' '}
            {a.fundName ?? 'the fund'}; cancelling books reversal entries that credit it back.
          </Alert>
        ) : (
          <Text size="sm">The proposal is withdrawn; no money has moved for it.</Text>
        )}
        <Textarea
          label="Reason"
          description="Sent to the partner"
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(problem, 'reason')}
          data-autofocus
        />
        <Buttons onCancel={onDone} cancelLabel="Keep the activity">
          <Button type="submit" color="red" loading={cancel.isPending}>
            Cancel activity
          </Button>
        </Buttons>
      </Stack>
    </form>
  );
}
