import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import type { PartnerTypeDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optionalText } from '../../lib/format';
import { useSavePartnerType } from './hooks';

interface PartnerTypeFormProps {
  partnerType?: PartnerTypeDto;
  onDone: (saved?: PartnerTypeDto) => void;
}

/** Create (no `partnerType`) or edit a partner type. */
export function PartnerTypeForm({ partnerType, onDone }: PartnerTypeFormProps) {
  const save = useSavePartnerType();
  const [name, setName] = useState(partnerType?.name ?? '');
  const [description, setDescription] = useState(partnerType?.description ?? '');
  const problem = save.error ? toProblem(save.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: partnerType?.id, body: { name: name.trim(), description: optionalText(description) } },
      { onSuccess: (saved) => onDone(saved) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['name', 'description']} />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(problem, 'name')}
          data-autofocus
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(problem, 'description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {partnerType ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
