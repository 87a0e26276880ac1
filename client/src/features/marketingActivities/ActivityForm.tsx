import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { MarketingActivityType, type MarketingActivityDto, type PortalFundDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney, humanize, ISO_DATE_INPUT, optionalText, toNumber } from '../../lib/format';
import { useCurrency } from '../auth/hooks';
import { useMyFunds, useProposeActivity, useUpdateMyActivity } from './hooks';

const FIELDS = ['name', 'type', 'startDate', 'dueDate', 'description', 'url', 'proposedBudget', 'fundId'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const TYPE_OPTIONS = Object.values(MarketingActivityType).map((value) => ({ value, label: humanize(value) }));

function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function fundLabel(f: PortalFundDto): string {
  return `${f.name} (balance ${formatMoney(f.balanceMinor / 100, f.currency)})`;
}

interface ActivityFormProps {
  /** The draft to change; without it the form proposes a new activity. */
  activity?: MarketingActivityDto;
  onDone: (saved?: MarketingActivityDto) => void;
}

/**
 * A partner's activity proposal: what, when, how much and from which fund. A new one is saved as a draft or submitted
 * for approval at once; a draft is changed with "Save".
 */
export function ActivityForm({ activity, onDone }: ActivityFormProps) {
  const propose = useProposeActivity();
  const update = useUpdateMyActivity(activity?.id ?? '');
  const mutation = activity ? update : propose;
  const funds = useMyFunds();
  const installationCurrency = useCurrency();
  const [name, setName] = useState(activity?.name ?? '');
  const [type, setType] = useState<string | null>(activity?.type ?? MarketingActivityType.PartnerActivity);
  const [startDate, setStartDate] = useState(activity?.startDate?.slice(0, 10) ?? '');
  const [dueDate, setDueDate] = useState(activity?.dueDate?.slice(0, 10) ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [url, setUrl] = useState(activity?.url ?? '');
  const [budget, setBudget] = useState<number | string>(activity ? activity.proposedBudgetMinor / 100 : '');
  // undefined until the user picks (or clears) a fund.
  const [fundId, setFundId] = useState<string | null | undefined>(activity ? (activity.fundId ?? null) : undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState<boolean>();

  const fundList = funds.data ?? [];
  // Before the user picks: the marketing fund when the partner has one.
  const shownFundId =
    fundId !== undefined ? fundId : (fundList.find((f) => f.fundTypeCode === 'Marketing')?.id ?? null);
  const fund = fundList.find((f) => f.id === shownFundId);
  const currency = fund?.currency ?? activity?.currency ?? installationCurrency;
  const problem = mutation.error ? toProblem(mutation.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const save = (submit: boolean) => {
    const errors: Record<string, string> = {};
    const amount = toNumber(budget);
    if (!name.trim()) errors.name = 'Enter a name.';
    if (!type) errors.type = 'Choose a type.';
    if (!isValidDate(startDate.trim())) errors.startDate = 'Enter the start date as YYYY-MM-DD.';
    if (!isValidDate(dueDate.trim())) errors.dueDate = 'Enter the due date as YYYY-MM-DD.';
    else if (!errors.startDate && dueDate.trim() < startDate.trim())
      errors.dueDate = 'The due date is before the start.';
    if (amount === undefined || amount <= 0) errors.proposedBudget = 'Enter a budget above 0.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || amount === undefined || !type) return;
    const body = {
      name: name.trim(),
      type: type as MarketingActivityType,
      startDate: startDate.trim(),
      dueDate: dueDate.trim(),
      description: optionalText(description),
      url: optionalText(url),
      proposedBudget: amount,
      fundId: shownFundId ?? undefined,
    };
    setSubmitting(submit);
    if (activity) update.mutate(body, { onSuccess: (saved) => onDone(saved) });
    else propose.mutate({ ...body, submit }, { onSuccess: (saved) => onDone(saved) });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Name"
          withAsterisk
          placeholder="Spring webinar series"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error('name')}
          data-autofocus
        />
        <Select
          label="Type"
          withAsterisk
          data={TYPE_OPTIONS}
          value={type}
          onChange={setType}
          allowDeselect={false}
          error={error('type')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            {...ISO_DATE_INPUT}
            label="Start date"
            withAsterisk
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={error('startDate')}
            miw={140}
          />
          <TextInput
            {...ISO_DATE_INPUT}
            label="Due date"
            withAsterisk
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={error('dueDate')}
            miw={140}
          />
        </Group>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={6}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error('description')}
        />
        <TextInput
          label="Web page"
          type="url"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={error('url')}
        />
        <NumberInput
          label={`Proposed budget${currency ? ` (${currency})` : ''}`}
          withAsterisk
          min={0}
          decimalScale={2}
          thousandSeparator=","
          clampBehavior="none"
          hideControls
          value={budget}
          onChange={setBudget}
          error={error('proposedBudget')}
        />
        <Select
          label="Fund"
          description="The fund the budget is paid from once approved"
          placeholder={fundList.length === 0 ? 'No fund' : 'Choose a fund'}
          clearable
          data={fundList.map((f) => ({ value: f.id, label: fundLabel(f) }))}
          value={shownFundId}
          onChange={setFundId}
          error={error('fundId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          {activity ? (
            <Button type="submit" loading={mutation.isPending}>
              Save
            </Button>
          ) : (
            <>
              <Button type="submit" variant="light" loading={mutation.isPending && submitting === false}>
                Save as draft
              </Button>
              <Button
                onClick={() => save(true)}
                loading={mutation.isPending && submitting === true}
                disabled={mutation.isPending && submitting === false}
              >
                Submit for approval
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
