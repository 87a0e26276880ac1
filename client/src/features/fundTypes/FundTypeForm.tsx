import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import type { FundTypeDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optionalText } from '../../lib/format';
import { useCreateFundType, useUpdateFundType } from './hooks';

const FIELDS = ['code', 'name', 'description'];

interface FundTypeFormProps {
  /** Edits this type (its code is fixed); creates a new one when missing. */
  fundType?: FundTypeDto;
  onDone: () => void;
}

export function FundTypeForm({ fundType, onDone }: FundTypeFormProps) {
  const create = useCreateFundType();
  const update = useUpdateFundType(fundType?.id ?? '');
  const mutation = fundType ? update : create;
  const [code, setCode] = useState(fundType?.code ?? '');
  const [name, setName] = useState(fundType?.name ?? '');
  const [description, setDescription] = useState(fundType?.description ?? '');
  const problem = mutation.error ? toProblem(mutation.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: name.trim(), description: optionalText(description) };
    if (fundType) update.mutate(body, { onSuccess: () => onDone() });
    else create.mutate({ ...body, code: code.trim() }, { onSuccess: () => onDone() });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Code"
          description={fundType ? 'The code is fixed.' : 'Letters, digits, - and _; it cannot be changed later.'}
          withAsterisk={!fundType}
          disabled={!!fundType}
          maxLength={40}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(problem, 'code')}
          data-autofocus={!fundType || undefined}
        />
        <TextInput
          label="Name"
          withAsterisk
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(problem, 'name')}
          data-autofocus={fundType ? true : undefined}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(problem, 'description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {fundType ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
