import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, OpportunityStage, type OpportunityDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { OwnerSelect } from '../../components/OwnerSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ISO_DATE_INPUT, optionalText, toNumber } from '../../lib/format';
import { useAccount, useAccounts } from '../accounts/hooks';
import { useLeadOwnerCandidates } from '../leads/hooks';
import { isClosed, STAGE_OPTIONS } from './display';
import { useCreateOpportunity, useUpdateMyOpportunity, useUpdateOpportunity } from './hooks';

const FIELDS = [
  'name',
  'customer',
  'customerAccountId',
  'amount',
  'stage',
  'expectedCloseDate',
  'partnerAccountId',
  'ownerId',
  'nextStep',
  'notes',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface OpportunityFormProps {
  /** The opportunity to edit; none for "New opportunity". */
  opportunity?: OpportunityDto;
  /** The portal's form: only stage, amount, close date, next step and notes. */
  portal?: boolean;
  onDone: (opportunity?: OpportunityDto) => void;
}

/**
 * Back-office "New opportunity" and "Edit", and the portal's "Work this opportunity". A closed opportunity keeps its
 * stage here: it changes only by reopening (back-office).
 */
export function OpportunityForm({ opportunity: o, portal, onDone }: OpportunityFormProps) {
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity(o?.id ?? '');
  const updateMine = useUpdateMyOpportunity(o?.id ?? '');
  const mutation = portal ? updateMine : o ? update : create;
  const closed = !!o && isClosed(o.stage);

  const [name, setName] = useState(o?.name ?? '');
  const [customer, setCustomer] = useState(o?.customer ?? '');
  const [amount, setAmount] = useState<number | string>(o ? o.amountMinor / 100 : '');
  const [stage, setStage] = useState<OpportunityStage>(o?.stage ?? OpportunityStage.Qualification);
  const [closeDate, setCloseDate] = useState(o?.expectedCloseDate?.slice(0, 10) ?? '');
  const [partner, setPartner] = useState<string | null>(o?.partnerAccountId ?? null);
  const [owner, setOwner] = useState<string | null>(o?.ownerId ?? null);
  const [nextStep, setNextStep] = useState(o?.nextStep ?? '');
  const [notes, setNotes] = useState(o?.notes ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(partnerSearch, 300);
  const partners = useAccounts(
    { type: AccountType.Partner, search: debouncedSearch.trim() || undefined, page: 1, pageSize: 50 },
    !portal,
  );
  const selectedPartner = useAccount(portal || partner === o?.partnerAccountId ? undefined : (partner ?? undefined));
  const partnerOptions = (partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (partner && !partnerOptions.some((p) => p.value === partner)) {
    const label = selectedPartner.data?.name ?? (partner === o?.partnerAccountId ? o?.partnerName : undefined);
    if (label) partnerOptions.unshift({ value: partner, label });
  }
  const owners = useLeadOwnerCandidates(portal ? null : partner);

  const problem = mutation.error ? toProblem(mutation.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const value = toNumber(amount);
    if (!portal && !name.trim()) errors.name = 'Enter a name.';
    if (!portal && !o?.customerAccountId && !customer.trim()) errors.customer = 'Enter the customer.';
    if (value === undefined || value < 0) errors.amount = 'Enter an amount (0 or more).';
    if (closeDate.trim() && !ISO_DATE.test(closeDate.trim())) errors.expectedCloseDate = 'Use YYYY-MM-DD.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || value === undefined) return;
    const work = {
      stage,
      amount: value,
      expectedCloseDate: optionalText(closeDate),
      nextStep: optionalText(nextStep),
      notes: optionalText(notes),
    };
    const done = { onSuccess: (saved: OpportunityDto) => onDone(saved) };
    if (portal) {
      updateMine.mutate(work, done);
      return;
    }
    const fields = {
      ...work,
      name: name.trim(),
      customerAccountId: o?.customerAccountId,
      customer: o?.customerAccountId ? undefined : optionalText(customer),
      partnerAccountId: partner ?? undefined,
      ownerId: partner ? (owner ?? undefined) : undefined,
      employeeOwnerId: o?.employeeOwnerId,
    };
    if (o) update.mutate(fields, done);
    else create.mutate(fields, done);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        {!portal && (
          <>
            <TextInput
              label="Name"
              withAsterisk
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error('name')}
              data-autofocus
            />
            {!o?.customerAccountId && (
              <TextInput
                label="Customer"
                withAsterisk
                value={customer}
                onChange={(e) => setCustomer(e.currentTarget.value)}
                error={error('customer')}
              />
            )}
          </>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Stage"
            withAsterisk
            data={STAGE_OPTIONS}
            value={stage}
            onChange={(value) => value && setStage(value as OpportunityStage)}
            allowDeselect={false}
            disabled={closed}
            description={
              closed
                ? portal
                  ? 'Closed: your partner manager can reopen it.'
                  : 'Closed: reopen it to change the stage.'
                : undefined
            }
            error={error('stage')}
            miw={160}
          />
          <NumberInput
            label={`Amount${o ? ` (${o.currency})` : ''}`}
            withAsterisk
            min={0}
            decimalScale={2}
            thousandSeparator=","
            value={amount}
            onChange={setAmount}
            disabled={closed && portal}
            error={error('amount')}
            miw={140}
          />
          <TextInput
            label="Expected close"
            {...ISO_DATE_INPUT}
            value={closeDate}
            onChange={(e) => setCloseDate(e.currentTarget.value)}
            error={error('expectedCloseDate')}
            miw={140}
          />
        </Group>
        {!portal && (
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label="Partner"
              description="Empty for the vendor's own opportunity"
              placeholder="Search partners"
              searchable
              clearable
              data={partnerOptions}
              value={partner}
              onChange={(value) => {
                setPartner(value);
                setOwner(null);
              }}
              searchValue={partnerSearch}
              onSearchChange={setPartnerSearch}
              filter={({ options }) => options}
              nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
              error={error('partnerAccountId')}
              miw={200}
            />
            <OwnerSelect
              description={partner ? "The partner's portal user who works it" : 'Choose the partner first'}
              candidates={owners.data}
              loading={!!partner && owners.isPending}
              value={owner}
              onChange={setOwner}
              disabled={!partner}
              error={error('ownerId')}
            />
          </Group>
        )}
        <TextInput
          label="Next step"
          value={nextStep}
          onChange={(e) => setNextStep(e.currentTarget.value)}
          error={error('nextStep')}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={error('notes')}
        />
        <Group justify="flex-end">
          {!portal && (
            <Button variant="default" onClick={() => onDone()}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={mutation.isPending}>
            {o ? 'Save' : 'Create opportunity'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
