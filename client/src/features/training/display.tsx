import type { ReactNode } from 'react';
import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { CertificateStatus, TrainingResult, type TrainingPayment } from '../../api';
import { formatDate } from '../../lib/format';
import { PAYMENT_LABELS, RESULT_LABELS } from './TrainingForms';

const STATUS: Record<CertificateStatus, { label: string; color: string }> = {
  [CertificateStatus.Valid]: { label: 'Valid', color: 'green' },
  [CertificateStatus.Expired]: { label: 'Expired', color: 'red' },
  [CertificateStatus.NotYetValid]: { label: 'Not yet valid', color: 'gray' },
};

export function CertificateBadge({ status }: { status: CertificateStatus }) {
  return (
    <Badge color={STATUS[status].color} variant="light">
      {STATUS[status].label}
    </Badge>
  );
}

export function ResultBadge({ result }: { result?: TrainingResult }) {
  if (!result)
    return (
      <Badge color="gray" variant="outline">
        No result yet
      </Badge>
    );
  return (
    <Badge color={result === TrainingResult.Passed ? 'green' : 'orange'} variant="light">
      {RESULT_LABELS[result]}
    </Badge>
  );
}

export function paymentLabel(payment: TrainingPayment) {
  return PAYMENT_LABELS[payment];
}

/** "2026-01-01 – 2027-12-31", or "from 2026-01-01" for a certificate that never expires. */
export function validity(issuedOn: string, expiresOn?: string) {
  return expiresOn ? `${formatDate(issuedOn)} – ${formatDate(expiresOn)}` : `from ${formatDate(issuedOn)}`;
}

/** A phone's card of one record (no detail page to link to): title and badge, facts below. */
export function FactCard({ title, badge, facts }: { title: string; badge: ReactNode; facts: string[] }) {
  return (
    <Card withBorder padding="sm" role="listitem">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        {badge}
      </Group>
      <Stack gap={0} mt={4}>
        {facts.map((fact) => (
          <Text key={fact} size="sm" c="dimmed">
            {fact}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

/** One list of the training pages as a table: a header row, a row of cells per record, a line when there is none. */
export function RecordTable<T extends { id: string }>({
  label,
  headers,
  items,
  cells,
  empty,
}: {
  label: string;
  headers: string[];
  items: T[];
  cells: (item: T) => ReactNode[];
  empty: string;
}) {
  return (
    <Table.ScrollContainer minWidth={headers.length > 5 ? 760 : 560}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={headers.length}>
                <Text c="dimmed" size="sm">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((item) => (
            <Table.Tr key={item.id}>
              {cells(item).map((cell, i) => (
                <Table.Td key={headers[i]}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
