import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import {
  MetricCode,
  ParameterKind,
  ParameterValueType,
  type LevelParameterDto,
  type ParameterCategoryDto,
} from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  enumOptions,
  formatDate,
  ISO_DATE_INPUT,
  isPercentMetric,
  optionalText,
  todayIso,
  toNumber,
} from '../../lib/format';
import { useBenefitPriceLists, useSaveLevelParameter, type LevelParameterBody } from './hooks';

const FIELDS = [
  'kind',
  'categoryId',
  'valueType',
  'numberValue',
  'textValue',
  'boolValue',
  'priceListId',
  'value',
  'score',
  'startDate',
  'dueDate',
];

const NUMERIC_TYPES: string[] = [ParameterValueType.Integer, ParameterValueType.Decimal];
const TEXT_TYPES: string[] = [ParameterValueType.String, ParameterValueType.List];

interface LevelParameterFormProps {
  levelId: string;
  categories: ParameterCategoryDto[];
  parameter?: LevelParameterDto;
  onDone: () => void;
}

/**
 * Create (no `parameter`) or edit an obligation or benefit of a level. The value input follows
 * the value type, and picking a category pre-selects its default value type.
 */
export function LevelParameterForm({ levelId, categories, parameter, onDone }: LevelParameterFormProps) {
  const save = useSaveLevelParameter();
  const [kind, setKind] = useState<string>(parameter?.kind ?? ParameterKind.Obligation);
  const [categoryId, setCategoryId] = useState<string | null>(parameter?.categoryId ?? null);
  const [valueType, setValueType] = useState<string>(parameter?.valueType ?? ParameterValueType.Integer);
  const [numberValue, setNumberValue] = useState<number | string>(parameter?.numberValue ?? '');
  const [textValue, setTextValue] = useState(parameter?.textValue ?? '');
  const [boolValue, setBoolValue] = useState(parameter?.boolValue ?? false);
  const [priceListId, setPriceListId] = useState<string | null>(parameter?.priceListId ?? null);
  const [score, setScore] = useState<number | string>(parameter?.score ?? '');
  const [startDate, setStartDate] = useState(parameter?.startDate ? formatDate(parameter.startDate) : todayIso());
  const [dueDate, setDueDate] = useState(parameter?.dueDate ? formatDate(parameter.dueDate) : '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = save.error ? toProblem(save.error) : null;

  const isBenefit = kind === ParameterKind.Benefit;
  const isNumeric = NUMERIC_TYPES.includes(valueType);
  const isText = TEXT_TYPES.includes(valueType);
  const isBoolean = valueType === ParameterValueType.Boolean;
  const metric = categories.find((c) => c.id === categoryId)?.metric;
  const isPercent = isPercentMetric(metric);
  // Issue 10: a Price list benefit references a price list, picked by name (never typed).
  const isPriceList = valueType === ParameterValueType.PriceList;
  const priceLists = useBenefitPriceLists(isPriceList);

  const onCategoryChange = (value: string | null) => {
    setCategoryId(value);
    const category = categories.find((c) => c.id === value);
    if (category?.defaultValueType) setValueType(category.defaultValueType);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const num = toNumber(numberValue);
    const points = isBenefit ? 0 : toNumber(score);
    if (!categoryId) errors.categoryId = 'Choose a category.';
    if (isNumeric && num === undefined) errors.value = 'Enter a value.';
    if (isPriceList && !priceListId) errors.priceListId = 'Choose a price list.';
    if (points === undefined) errors.score = 'Enter a score.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;

    const body: LevelParameterBody = {
      kind: kind as ParameterKind,
      categoryId: categoryId!,
      valueType: valueType as ParameterValueType,
      numberValue: isNumeric ? num : undefined,
      textValue: isText ? textValue.trim() : undefined,
      boolValue: isBoolean ? boolValue : undefined,
      priceListId: isPriceList ? priceListId! : undefined,
      score: points ?? 0,
      startDate,
      dueDate: optionalText(dueDate),
    };
    save.mutate({ levelId, id: parameter?.id, body }, { onSuccess: () => onDone() });
  };

  const error = (...fields: string[]) => {
    for (const f of fields) if (localErrors[f]) return localErrors[f];
    return fieldError(problem, ...fields);
  };
  const valueError = error('value', 'numberValue', 'textValue', 'boolValue');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Radio.Group
          label="Kind"
          value={kind}
          onChange={(value) => {
            setKind(value);
            if (value === ParameterKind.Benefit) setScore(0);
            else if (score === 0) setScore('');
          }}
          error={error('kind')}
        >
          <Group mt="xs">
            <Radio value={ParameterKind.Obligation} label="Obligation" />
            <Radio value={ParameterKind.Benefit} label="Benefit" />
          </Group>
        </Radio.Group>
        <Select
          label="Category"
          withAsterisk
          placeholder="Choose a category"
          searchable
          data={categories.map((c) => ({ value: c.id, label: c.name }))}
          value={categoryId}
          onChange={onCategoryChange}
          allowDeselect={false}
          nothingFoundMessage="No such category"
          error={error('categoryId')}
        />
        <Select
          label="Value type"
          data={enumOptions(ParameterValueType)}
          value={valueType}
          onChange={(value) => value && setValueType(value)}
          allowDeselect={false}
          disabled={metric === MetricCode.PriceList}
          error={error('valueType')}
        />
        {isNumeric && (
          <NumberInput
            label="Value"
            description={isBenefit ? undefined : 'Target value the partner has to reach'}
            withAsterisk
            allowDecimal={valueType === ParameterValueType.Decimal}
            suffix={isPercent ? ' %' : undefined}
            value={numberValue}
            onChange={setNumberValue}
            error={valueError}
          />
        )}
        {isBoolean && (
          <Checkbox
            label="Value"
            description="Checked means yes"
            checked={boolValue}
            onChange={(e) => setBoolValue(e.currentTarget.checked)}
            error={valueError}
          />
        )}
        {isPriceList && (
          <Select
            label="Price list"
            withAsterisk
            placeholder={priceLists.isLoading ? 'Loading price lists…' : 'Choose a price list'}
            description="The base list or a level list; the partner's prices come from it once the level is applied"
            searchable
            data={(priceLists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={priceListId}
            onChange={setPriceListId}
            allowDeselect={false}
            nothingFoundMessage="No such price list"
            error={error('priceListId', 'value')}
          />
        )}
        {isText && (
          <TextInput
            label="Value"
            description={valueType === ParameterValueType.List ? 'Comma-separated list' : undefined}
            value={textValue}
            onChange={(e) => setTextValue(e.currentTarget.value)}
            error={valueError}
          />
        )}
        <NumberInput
          label="Score"
          description={isBenefit ? 'Benefits earn no points' : 'Points earned when the target value is reached'}
          allowDecimal={false}
          disabled={isBenefit}
          value={isBenefit ? 0 : score}
          onChange={setScore}
          error={error('score')}
        />
        <Group grow align="flex-start">
          <TextInput
            {...ISO_DATE_INPUT}
            label="Valid from"
            withAsterisk
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={error('startDate')}
          />
          <TextInput
            {...ISO_DATE_INPUT}
            label="Valid to"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={error('dueDate')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {parameter ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
