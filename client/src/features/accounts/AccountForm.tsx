import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { AccountType, type AccountDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumOptions, optionalText } from '../../lib/format';
import { useEmployees } from '../employees/hooks';
import { useSaveAccount } from './hooks';

const FIELDS = ['name', 'type', 'ownerId', 'website', 'country', 'emailDomain'];

interface AccountFormProps {
  account?: AccountDto;
  /** Type of a new account. */
  defaultType?: AccountType;
  /** The only type this form creates (the type is not offered): the partners page creates partners only. */
  fixedType?: AccountType;
  onDone: (saved?: AccountDto) => void;
}

/** Create (no `account`) or edit an account. */
export function AccountForm({ account, defaultType = AccountType.Partner, fixedType, onDone }: AccountFormProps) {
  const save = useSaveAccount();
  const employees = useEmployees();
  const [name, setName] = useState(account?.name ?? '');
  const [type, setType] = useState<string>(fixedType ?? account?.type ?? defaultType);
  const [ownerId, setOwnerId] = useState<string | null>(account?.ownerId ?? null);
  const [website, setWebsite] = useState(account?.website ?? '');
  const [country, setCountry] = useState(account?.country ?? '');
  const [emailDomain, setEmailDomain] = useState(account?.emailDomain ?? '');
  const problem = save.error ? toProblem(save.error) : null;
  const ownerOptions = (employees.data?.items ?? []).map((e) => ({ value: e.id, label: e.displayName || e.email }));
  // The picker holds the first page of employees; keep the current owner choosable even if not among them.
  if (account?.ownerId && account.ownerName && !ownerOptions.some((o) => o.value === account.ownerId)) {
    ownerOptions.unshift({ value: account.ownerId, label: account.ownerName });
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: account?.id,
        body: {
          name: name.trim(),
          type: type as AccountType,
          ownerId: ownerId || undefined,
          website: optionalText(website),
          country: optionalText(country),
          emailDomain: optionalText(emailDomain),
        },
      },
      { onSuccess: (saved) => onDone(saved) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(problem, 'name')}
          data-autofocus
        />
        {!fixedType && (
          <Select
            label="Type"
            data={enumOptions(AccountType)}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
            error={fieldError(problem, 'type')}
          />
        )}
        <Select
          label="Owner"
          placeholder="No owner"
          searchable
          clearable
          data={ownerOptions}
          value={ownerId}
          onChange={setOwnerId}
          error={fieldError(problem, 'ownerId')}
        />
        <TextInput
          label="Website"
          placeholder="https://example.com"
          value={website}
          onChange={(e) => setWebsite(e.currentTarget.value)}
          error={fieldError(problem, 'website')}
        />
        <TextInput
          label="Country"
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value)}
          error={fieldError(problem, 'country')}
        />
        <TextInput
          label="E-mail domain"
          placeholder="example.com"
          description="The company's own domain. Its organization admins can add portal users only at this domain; leave empty for a public mail provider."
          value={emailDomain}
          onChange={(e) => setEmailDomain(e.currentTarget.value)}
          error={fieldError(problem, 'emailDomain')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {account ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
