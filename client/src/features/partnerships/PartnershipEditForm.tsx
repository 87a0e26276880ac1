import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, ISO_DATE_INPUT } from '../../lib/format';
import { usePartnerLevels } from '../partnerTypes/hooks';
import { useUpdatePartnership } from './hooks';

const FIELDS = ['name', 'partnerLevelId', 'startDate', 'dueDate'];

interface PartnershipEditFormProps {
  partnership: PartnershipDto;
  onDone: () => void;
}

export function PartnershipEditForm({ partnership, onDone }: PartnershipEditFormProps) {
  const update = useUpdatePartnership(partnership.id);
  const levels = usePartnerLevels(partnership.partnerTypeId);
  const [name, setName] = useState(partnership.name ?? '');
  const [levelId, setLevelId] = useState<string | null>(partnership.partnerLevelId);
  const [startDate, setStartDate] = useState(formatDate(partnership.startDate));
  const [dueDate, setDueDate] = useState(formatDate(partnership.dueDate));
  const problem = update.error ? toProblem(update.error) : null;

  const levelOptions = (levels.data ?? []).map((l) => ({ value: l.id, label: `${l.number}. ${l.name}` }));
  if (!levelOptions.some((o) => o.value === levelId) && levelId) {
    levelOptions.push({ value: levelId, label: partnership.partnerLevelName });
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { name: name.trim(), partnerLevelId: levelId ?? partnership.partnerLevelId, startDate, dueDate },
      { onSuccess: () => onDone() },
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
        <Select
          label="Level"
          data={levelOptions}
          value={levelId}
          onChange={setLevelId}
          allowDeselect={false}
          error={fieldError(problem, 'partnerLevelId')}
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
