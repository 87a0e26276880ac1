import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, ISO_DATE_INPUT } from '../../lib/format';
import { useUpdatePartnership } from './hooks';

const FIELDS = ['name', 'startDate', 'dueDate'];

interface PartnershipEditFormProps {
  partnership: PartnershipDto;
  onDone: () => void;
}

/** Name and period; the level moves only by promotion or a reasoned override. */
export function PartnershipEditForm({ partnership, onDone }: PartnershipEditFormProps) {
  const update = useUpdatePartnership(partnership.id);
  const [name, setName] = useState(partnership.name ?? '');
  const [startDate, setStartDate] = useState(formatDate(partnership.startDate));
  const [dueDate, setDueDate] = useState(formatDate(partnership.dueDate));
  const problem = update.error ? toProblem(update.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name: name.trim(), startDate, dueDate }, { onSuccess: () => onDone() });
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
        <Group grow align="flex-start">
          <TextInput
            {...ISO_DATE_INPUT}
            label="Start date"
            withAsterisk
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fieldError(problem, 'startDate')}
          />
          <TextInput
            {...ISO_DATE_INPUT}
            label="Due date"
            withAsterisk
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={fieldError(problem, 'dueDate')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
