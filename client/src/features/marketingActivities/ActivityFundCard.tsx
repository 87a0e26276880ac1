import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDate, formatMoney } from '../../lib/format';
import { useMyFunds } from './hooks';

const LATEST = 5;

/** Portal: the fund an activity draws on, its balance now and its latest operations (read-only). */
export function ActivityFundCard({ fundId }: { fundId: string }) {
  const funds = useMyFunds();
  const phone = useMediaQuery('(max-width: 36em)');
  const fund = funds.data?.find((f) => f.id === fundId);
  if (!fund) return null;
  const operations = fund.latestOperations.slice(0, LATEST);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="activity-fund-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="activity-fund-title">
            {fund.name}
          </Title>
          <Text fw={600}>
            Balance{' '}
            <Text span fw={700} data-testid="activity-fund-balance">
              {formatMoney(fund.balanceMinor / 100, fund.currency)}
            </Text>
          </Text>
        </Group>
        {operations.length === 0 ? (
          <Text c="dimmed" size="sm">
            No operations yet.
          </Text>
        ) : phone ? (
          <Stack gap={0} role="list" aria-label={`Latest operations of ${fund.name}`}>
            {operations.map((o) => (
              <div key={o.id} role="listitem" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                <Text size="sm" py={4} style={{ overflowWrap: 'anywhere' }}>
                  {o.description}
                </Text>
                <Group justify="space-between" pb={6}>
                  <Text size="xs" c="dimmed">
                    {formatDate(o.createdAt)}
                  </Text>
                  <Text size="sm" fw={600}>
                    {o.amountMinor > 0 ? '+' : ''}
                    {formatMoney(o.amountMinor / 100, fund.currency)}
                  </Text>
                </Group>
              </div>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table aria-label={`Latest operations of ${fund.name}`} fz="sm" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Operation</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {operations.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.createdAt)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{o.description}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {o.amountMinor > 0 ? '+' : ''}
                      {formatMoney(o.amountMinor / 100, fund.currency)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
