import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { type DealRegistrationDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ISO_DATE_INPUT, optionalText, toNumber } from '../../lib/format';
import { useCurrency } from '../auth/hooks';
import { useRegisterMyDeal } from './hooks';

const FIELDS = ['companyName', 'emailDomain', 'taxId', 'productInterest', 'estimatedAmount', 'expectedCloseDate'];

/** Portal "Register a deal". */
export function DealForm({ onDone }: { onDone: (deal?: DealRegistrationDto) => void }) {
  const register = useRegisterMyDeal();
  const currency = useCurrency();
  const [companyName, setCompanyName] = useState('');
  const [emailDomain, setEmailDomain] = useState('');
  const [taxId, setTaxId] = useState('');
  const [productInterest, setProductInterest] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [closeDate, setCloseDate] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = register.error ? toProblem(register.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const value = toNumber(amount);
    if (!companyName.trim()) errors.companyName = 'Enter the company.';
    if (!productInterest.trim()) errors.productInterest = 'Say which product the customer wants.';
    if (value === undefined || value < 0) errors.estimatedAmount = 'Enter an amount (0 or more).';
    if (!closeDate) errors.expectedCloseDate = 'Enter the expected close date.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || value === undefined) return;
    register.mutate(
      {
        companyName: companyName.trim(),
        emailDomain: optionalText(emailDomain),
        taxId: optionalText(taxId),
        productInterest: productInterest.trim(),
        estimatedAmount: value,
        expectedCloseDate: closeDate,
      },
      { onSuccess: (deal) => onDone(deal) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Company"
          required
          value={companyName}
          onChange={(e) => setCompanyName(e.currentTarget.value)}
          error={error('companyName')}
        />
        <TextInput
          label="E-mail domain"
          placeholder="example.com"
          value={emailDomain}
          onChange={(e) => setEmailDomain(e.currentTarget.value)}
          error={error('emailDomain')}
        />
        <TextInput
          label="Tax id"
          value={taxId}
          onChange={(e) => setTaxId(e.currentTarget.value)}
          error={error('taxId')}
        />
        <TextInput
          label="Product interest"
          required
          value={productInterest}
          onChange={(e) => setProductInterest(e.currentTarget.value)}
          error={error('productInterest')}
        />
        <NumberInput
          label={currency ? `Estimated amount (${currency})` : 'Estimated amount'}
          required
          min={0}
          value={amount}
          onChange={setAmount}
          error={error('estimatedAmount')}
        />
        <TextInput
          {...ISO_DATE_INPUT}
          label="Expected close date"
          required
          value={closeDate}
          onChange={(e) => setCloseDate(e.currentTarget.value)}
          error={error('expectedCloseDate')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={register.isPending}>
            Register
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
