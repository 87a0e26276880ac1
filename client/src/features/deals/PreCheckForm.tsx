import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../lib/format';
import { usePreCheck } from './hooks';

/** Portal: "Is this customer already protected?" by name, e-mail domain or tax id; never says by whom. */
export function PreCheckForm() {
  const check = usePreCheck();
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [taxId, setTaxId] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = check.error ? toProblem(check.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = { name: name.trim() || undefined, domain: domain.trim() || undefined, taxId: taxId.trim() || undefined };
    setMissing(!q.name && !q.domain && !q.taxId);
    if (!q.name && !q.domain && !q.taxId) return;
    check.mutate(q);
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="precheck-heading">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="precheck-heading">
            Is this customer already protected?
          </Title>
          <Group align="flex-end">
            <TextInput label="Company name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <TextInput label="E-mail domain" value={domain} onChange={(e) => setDomain(e.currentTarget.value)} />
            <TextInput label="Tax id" value={taxId} onChange={(e) => setTaxId(e.currentTarget.value)} />
            <Button type="submit" variant="default" loading={check.isPending}>
              Check
            </Button>
          </Group>
          {missing && (
            <Alert color="yellow" variant="light">
              Enter a name, a domain or a tax id.
            </Alert>
          )}
          {problem?.status === 429 ? (
            <Alert color="yellow" variant="light" role="alert">
              Too many checks, try again in a minute
            </Alert>
          ) : (
            <ProblemAlert problem={problem} />
          )}
          {check.data && !check.isPending && (
            <Alert
              color={check.data.protected ? 'orange' : 'green'}
              variant="light"
              role="status"
              data-testid="precheck-answer"
            >
              {check.data.protected
                ? `Protected until ${check.data.protectedUntil ? formatDate(check.data.protectedUntil) : '—'}`
                : 'Not protected'}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
