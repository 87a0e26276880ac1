import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, type PartnershipDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ISO_DATE_INPUT, optionalText } from '../../lib/format';
import { useAccounts } from '../accounts/hooks';
import { usePartnerLevels, usePartnerTypes } from '../partnerTypes/hooks';
import { useCreatePartnership } from './hooks';

const FIELDS = ['accountId', 'partnerTypeId', 'partnerLevelId', 'name', 'startDate', 'dueDate', 'isActive'];

interface PartnershipCreateFormProps {
  /** Preset partner (from the partner page). */
  account?: { id: string; name: string };
  onDone: (created?: PartnershipDto) => void;
}

export function PartnershipCreateForm({ account, onDone }: PartnershipCreateFormProps) {
  const create = useCreatePartnership();
  const partnerTypes = usePartnerTypes();
  const [accountId, setAccountId] = useState<string | null>(account?.id ?? null);
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(partnerSearch, 300);
  const [partnerTypeId, setPartnerTypeId] = useState<string | null>(null);
  const [partnerLevelId, setPartnerLevelId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [isActive, setIsActive] = useState(true);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const levels = usePartnerLevels(partnerTypeId);

  // Search partner accounts on the server unless the partner is preset.
  const partners = useAccounts(
    { type: AccountType.Partner, search: debouncedSearch.trim() || undefined, page: 1, pageSize: 50 },
    !account,
  );
  const partnerOptions = account
    ? [{ value: account.id, label: account.name }]
    : (partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));

  const problem = create.error ? toProblem(create.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!accountId) errors.accountId = 'Choose a partner.';
    if (!partnerTypeId) errors.partnerTypeId = 'Choose a partner type.';
    setLocalErrors(errors);
    if (!accountId || !partnerTypeId) return;
    create.mutate(
      {
        accountId,
        partnerTypeId,
        partnerLevelId: partnerLevelId || undefined,
        name: optionalText(name),
        startDate: optionalText(startDate),
        dueDate: optionalText(dueDate),
        isActive,
      },
      { onSuccess: (created) => onDone(created) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Select
          label="Partner"
          withAsterisk
          placeholder="Search partners"
          searchable
          disabled={!!account}
          data={partnerOptions}
          value={accountId}
          onChange={setAccountId}
          searchValue={account ? account.name : partnerSearch}
          onSearchChange={setPartnerSearch}
          nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner accounts found'}
          filter={({ options }) => options}
          error={error('accountId')}
        />
        <Select
          label="Partner type"
          withAsterisk
          placeholder="Choose a partner type"
          data={(partnerTypes.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={partnerTypeId}
          onChange={(value) => {
            setPartnerTypeId(value);
            setPartnerLevelId(null);
          }}
          allowDeselect={false}
          error={error('partnerTypeId')}
        />
        <Select
          label="Level"
          placeholder="Lowest level of the type"
          clearable
          disabled={!partnerTypeId}
          data={(levels.data ?? []).map((l) => ({ value: l.id, label: `${l.number}. ${l.name}` }))}
          value={partnerLevelId}
          onChange={setPartnerLevelId}
          error={error('partnerLevelId')}
        />
        <TextInput
          label="Name"
          placeholder="Defaults to the partner and type"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error('name')}
        />
        <Group grow align="flex-start">
          <TextInput
            {...ISO_DATE_INPUT}
            label="Start date"
            description="Defaults to today"
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={error('startDate')}
          />
          <TextInput
            {...ISO_DATE_INPUT}
            label="Due date"
            description="Defaults to one year"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={error('dueDate')}
          />
        </Group>
        <Checkbox
          label="Active"
          checked={isActive}
          onChange={(e) => setIsActive(e.currentTarget.checked)}
          error={error('isActive')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
