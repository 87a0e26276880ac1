import { Link } from 'react-router';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { DealRegistrationStatus, type DealRegistrationDto, type DealRegistrationListItemDto } from '../../api';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { enumOptions, formatDate, formatDateTime, formatMoney } from '../../lib/format';

export const PORTAL_DEALS = '/portal/deals';
export const DEAL_REGISTRATIONS = '/deal-registrations';

export const DEAL_STATUS_OPTIONS = enumOptions(DealRegistrationStatus);

const STATUS_COLORS: Record<DealRegistrationStatus, string> = {
  [DealRegistrationStatus.Submitted]: 'blue',
  [DealRegistrationStatus.Approved]: 'green',
  [DealRegistrationStatus.Rejected]: 'red',
};

export function DealStatusBadge({ status }: { status: DealRegistrationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {status}
    </Badge>
  );
}

/** "Extended", "Extension requested" or "—". */
export function extensionState(d: { extended: boolean; extensionRequested?: boolean; extensionRequestedAt?: string }) {
  if (d.extended) return 'Extended';
  if (d.extensionRequested || d.extensionRequestedAt) return 'Extension requested';
  return '—';
}

interface DealTableProps {
  items: DealRegistrationListItemDto[];
  basePath: string;
  label: string;
  showPartner?: boolean;
}

function ConflictBadge() {
  return (
    <Badge color="orange" variant="light" miw="max-content">
      Conflict
    </Badge>
  );
}

/** A table of registrations (cards on a phone); the company links to the registration's page. */
export function DealTable({ items, basePath, label, showPartner }: DealTableProps) {
  const phone = usePhone();
  if (items.length === 0) return <Text c="dimmed">No deal registrations.</Text>;
  if (phone) {
    return (
      <CardList label={label}>
        {items.map((d) => (
          <ListCard
            key={d.id}
            to={`${basePath}/${d.id}`}
            title={d.companyName}
            badge={<DealStatusBadge status={d.status} />}
          >
            {showPartner && (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c="dimmed" miw={0} style={{ overflowWrap: 'anywhere' }}>
                  {d.partnerName ?? '—'}
                </Text>
                {d.hasConflict && <ConflictBadge />}
              </Group>
            )}
            <Text size="sm">{formatMoney(d.estimatedAmount, d.currency)}</Text>
            <Text size="sm">
              {d.protectedUntil ? `Protected until ${formatDate(d.protectedUntil)}` : 'Not protected'}
              {extensionState(d) !== '—' ? ` · ${extensionState(d)}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              Submitted {formatDate(d.submittedAt)}
            </Text>
          </ListCard>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            {showPartner && <Table.Th>Partner</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Submitted</Table.Th>
            <Table.Th>Protected until</Table.Th>
            <Table.Th>Extension</Table.Th>
            {showPartner && <Table.Th>Conflict</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${d.id}`}>
                  {d.companyName}
                </Anchor>
              </Table.Td>
              {showPartner && <Table.Td>{d.partnerName ?? '—'}</Table.Td>}
              <Table.Td>
                <DealStatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>{formatMoney(d.estimatedAmount, d.currency)}</Table.Td>
              <Table.Td>{formatDate(d.submittedAt)}</Table.Td>
              <Table.Td>{d.protectedUntil ? formatDate(d.protectedUntil) : '—'}</Table.Td>
              <Table.Td>{extensionState(d)}</Table.Td>
              {showPartner && <Table.Td>{d.hasConflict ? <ConflictBadge /> : '—'}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface LoadMoreProps {
  shown: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, shown }: LoadMoreProps) {
  if (shown === 0 && !hasNextPage) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {shown} {shown === 1 ? 'registration' : 'registrations'} shown
      </Text>
      {hasNextPage && (
        <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          Load more
        </Button>
      )}
    </Group>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </Stack>
  );
}

export function DealDetails({ deal, showPartner }: { deal: DealRegistrationDto; showPartner?: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {showPartner && <Field label="Partner">{deal.partnerName ?? '—'}</Field>}
      <Field label="Company">{deal.companyName}</Field>
      <Field label="E-mail domain">{deal.emailDomain ?? '—'}</Field>
      <Field label="Tax id">{deal.taxId ?? '—'}</Field>
      <Field label="Product interest">{deal.productInterest}</Field>
      <Field label="Estimated amount">{formatMoney(deal.estimatedAmount, deal.currency)}</Field>
      <Field label="Expected close">{formatDate(deal.expectedCloseDate)}</Field>
      <Field label="Registered by">{deal.registeredByName ?? '—'}</Field>
      <Field label="Submitted">{formatDateTime(deal.submittedAt)}</Field>
      <Field label="Protected until">{deal.protectedUntil ? formatDate(deal.protectedUntil) : '—'}</Field>
      <Field label="Extension">{extensionState(deal)}</Field>
      {deal.rejectReason && <Field label="Reject reason">{deal.rejectReason}</Field>}
    </SimpleGrid>
  );
}
