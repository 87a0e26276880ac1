import { Badge, Card, Group, Stack, Text } from '@mantine/core';
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
export function FactCard({ title, badge, facts }: { title: string; badge: React.ReactNode; facts: string[] }) {
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
