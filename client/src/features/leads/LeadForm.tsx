import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, type LeadDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optionalText, toNumber } from '../../lib/format';
import { useAccounts } from '../accounts/hooks';
import { useCurrency } from '../auth/hooks';
import { useCreateLead, useRegisterMyLead } from './hooks';

const FIELDS = [
  'customerAccountId',
  'companyName',
  'contactName',
  'contactEmail',
  'need',
  'budget',
  'source',
  'region',
];

interface LeadFormProps {
  /** The portal's "Register a lead": partner and owner are the signed-in user; no customer picker, no routing. */
  portal?: boolean;
  onDone: (lead?: LeadDto) => void;
}

/** Back-office "New lead" (a customer account or a company typed in, optionally routed at once) and the portal's "Register a lead". */
export function LeadForm({ portal, onDone }: LeadFormProps) {
  const create = useCreateLead();
  const register = useRegisterMyLead();
  const mutation = portal ? register : create;
  const currency = useCurrency();
  const [customerSearch, setCustomerSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(customerSearch, 300);
  const customers = useAccounts(
    { type: AccountType.Customer, search: debouncedSearch.trim() || undefined, page: 1, pageSize: 50 },
    !portal,
  );
  const [customerAccountId, setCustomerAccountId] = useState<string | null>(null);
  const [companyName, setCompanyName] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [need, setNeed] = useState('');
  const [budget, setBudget] = useState<number | string>('');
  const [source, setSource] = useState('');
  const [region, setRegion] = useState('');
  const [route, setRoute] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const problem = mutation.error ? toProblem(mutation.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const amount = toNumber(budget);
    if (!customerAccountId && !companyName.trim())
      errors.companyName = portal ? 'Enter the company.' : 'Pick a customer account or enter the company.';
    if (!need.trim()) errors.need = 'Describe what the customer needs.';
    if (amount === undefined || amount < 0) errors.budget = 'Enter a budget (0 or more).';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || amount === undefined) return;
    const body = {
      companyName: customerAccountId ? undefined : optionalText(companyName),
      contactName: optionalText(contactName),
      contactEmail: optionalText(contactEmail),
      need: need.trim(),
      budget: amount,
      source: optionalText(source),
      region: optionalText(region),
    };
    if (portal) register.mutate(body, { onSuccess: (lead) => onDone(lead) });
    else
      create.mutate(
        { ...body, customerAccountId: customerAccountId ?? undefined, route },
        { onSuccess: (lead) => onDone(lead) },
      );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        {!portal && (
          <Select
            label="Customer account"
            description="Or leave empty and type the company below."
            placeholder="Search customers"
            searchable
            clearable
            data={(customers.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={customerAccountId}
            onChange={setCustomerAccountId}
            searchValue={customerSearch}
            onSearchChange={setCustomerSearch}
            filter={({ options }) => options}
            nothingFoundMessage={customers.isFetching ? 'Searching…' : 'No customer found'}
            error={error('customerAccountId')}
          />
        )}
        {!customerAccountId && (
          <TextInput
            label="Company"
            withAsterisk
            value={companyName}
            onChange={(e) => setCompanyName(e.currentTarget.value)}
            error={error('companyName')}
            data-autofocus
          />
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Contact name"
            value={contactName}
            onChange={(e) => setContactName(e.currentTarget.value)}
            error={error('contactName')}
            miw={200}
          />
          <TextInput
            label="Contact e-mail"
            type="email"
            value={contactEmail}
            onChange={(e) => setContactEmail(e.currentTarget.value)}
            error={error('contactEmail')}
            miw={200}
          />
        </Group>
        <Textarea
          label="Need"
          withAsterisk
          autosize
          minRows={2}
          value={need}
          onChange={(e) => setNeed(e.currentTarget.value)}
          error={error('need')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={currency ? `Budget (${currency})` : 'Budget'}
            withAsterisk
            min={0}
            decimalScale={2}
            thousandSeparator=","
            value={budget}
            onChange={setBudget}
            error={error('budget')}
            miw={140}
          />
          <TextInput
            label="Source"
            placeholder="Web form"
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={error('source')}
            miw={140}
          />
          <TextInput
            label="Region"
            placeholder="EMEA"
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            error={error('region')}
            miw={140}
          />
        </Group>
        {!portal && (
          <Checkbox
            label="Route automatically to the best eligible partner"
            checked={route}
            onChange={(e) => setRoute(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {portal ? 'Register lead' : 'Create lead'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
