import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { FundDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFundTypes, useOpenFund } from './hooks';

interface OpenFundFormProps {
  partnershipId: string;
  funds: FundDto[];
  onDone: () => void;
}

/** Adds a fund of a type the partnership has none of yet (balance 0). */
export function OpenFundForm({ partnershipId, funds, onDone }: OpenFundFormProps) {
  const types = useFundTypes();
  const open = useOpenFund(partnershipId);
  const [typeId, setTypeId] = useState<string | null>(null);
  const problem = open.error ? toProblem(open.error) : null;
  const taken = new Set(funds.map((f) => f.fundTypeId));
  const options = (types.data ?? []).filter((t) => !taken.has(t.id)).map((t) => ({ value: t.id, label: t.name }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(typeId ?? '', { onSuccess: () => onDone() });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">The new fund starts at 0; one fund per type.</Text>
        <ProblemAlert problem={problem} fields={['fundTypeId']} />
        <Select
          label="Fund type"
          withAsterisk
          data={options}
          value={typeId}
          onChange={setTypeId}
          nothingFoundMessage="The partnership has a fund of every type"
          error={fieldError(problem, 'fundTypeId')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={open.isPending} disabled={!typeId}>
            Open fund
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
