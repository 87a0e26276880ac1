import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { MetricCode, ParameterValueType, type ParameterCategoryDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumOptions, optionalText } from '../../lib/format';
import { useSaveParameterCategory } from './hooks';

const FIELDS = ['name', 'description', 'metric', 'defaultValueType'];

interface CategoryFormProps {
  category?: ParameterCategoryDto;
  onDone: () => void;
}

/** Create (no `category`) or edit a parameter category. */
export function CategoryForm({ category, onDone }: CategoryFormProps) {
  const save = useSaveParameterCategory();
  const [name, setName] = useState(category?.name ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [metric, setMetric] = useState<string>(category?.metric ?? MetricCode.None);
  const [valueType, setValueType] = useState<string>(category?.defaultValueType ?? ParameterValueType.Integer);
  const problem = save.error ? toProblem(save.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: category?.id,
        body: {
          name: name.trim(),
          description: optionalText(description),
          metric: metric as MetricCode,
          defaultValueType: valueType as ParameterValueType,
        },
      },
      { onSuccess: onDone },
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
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(problem, 'description')}
        />
        <Select
          label="Metric"
          description="What the partner's current value is measured from"
          data={enumOptions(MetricCode)}
          value={metric}
          onChange={(value) => {
            if (!value) return;
            setMetric(value);
            // The Price list metric references a price list: that value type, and no other metric takes it.
            if (value === MetricCode.PriceList) setValueType(ParameterValueType.PriceList);
            else if (valueType === ParameterValueType.PriceList) setValueType(ParameterValueType.String);
          }}
          allowDeselect={false}
          error={fieldError(problem, 'metric')}
        />
        <Select
          label="Default value type"
          data={enumOptions(ParameterValueType)}
          value={valueType}
          onChange={(value) => value && setValueType(value)}
          allowDeselect={false}
          disabled={metric === MetricCode.PriceList}
          error={fieldError(problem, 'defaultValueType')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {category ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
