import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  LeadOfferState,
  LeadStatus,
  type LeadDto,
  type LeadListItemDto,
  type LeadOfferDto,
  type LeadRoutingDto,
} from '../../api';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Minor units (cents) from the API → the amount with its currency. */
export const leadBudget = (l: { budgetMinor: number; currency: string }) =>
  formatMoney(l.budgetMinor / 100, l.currency);

const STATUS_COLORS: Record<LeadStatus, string> = {
  [LeadStatus.New]: 'blue',
  [LeadStatus.Working]: 'orange',
  [LeadStatus.Qualified]: 'green',
  [LeadStatus.Disqualified]: 'gray',
};

const OFFER_COLORS: Record<LeadOfferState, string> = {
  [LeadOfferState.Open]: 'orange',
  [LeadOfferState.Accepted]: 'green',
  [LeadOfferState.Declined]: 'red',
  [LeadOfferState.Expired]: 'gray',
  [LeadOfferState.Withdrawn]: 'dark',
};

export const LEAD_STATUS_OPTIONS = Object.values(LeadStatus).map((value) => ({ value, label: humanize(value) }));
export const OFFER_STATE_OPTIONS = Object.values(LeadOfferState).map((value) => ({ value, label: humanize(value) }));

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content" data-testid="lead-status">
      {humanize(status)}
    </Badge>
  );
}

export function OfferStateBadge({ state }: { state: LeadOfferState }) {
  return (
    <Badge variant="light" color={OFFER_COLORS[state]} miw="max-content">
      {humanize(state)}
    </Badge>
  );
}

/**
 * "answer within 1 day 3 h" / "answer within 45 min" / "deadline passed": the time left before `deadline`, from `now`.
 */
export function answerByText(deadline: string, now: Date = new Date()): string {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (!Number.isFinite(ms)) return '';
  if (ms <= 0) return 'deadline passed';
  const minutes = Math.floor(ms / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'}${hours ? ` ${hours} h` : ''} left`;
  if (hours > 0) return `${hours} h${mins ? ` ${mins} min` : ''} left`;
  return `${Math.max(1, mins)} min left`;
}

interface LeadTableProps {
  items: LeadListItemDto[];
  basePath: string;
  label: string;
  /** Back-office: the holder and the open offer's partner. */
  showPartner?: boolean;
}

/** A table of leads (cards on a phone); the customer links to the lead page. */
export function LeadTable({ items, basePath, label, showPartner }: LeadTableProps) {
  const phone = usePhone();
  if (items.length === 0) return <Text c="dimmed">No leads.</Text>;
  if (phone) {
    return (
      <CardList label={label}>
        {items.map((l) => (
          <ListCard
            key={l.id}
            to={`${basePath}/${l.id}`}
            title={l.customer}
            badge={<LeadStatusBadge status={l.status} />}
          >
            {showPartner && (l.partnerName || l.openOfferPartnerName) && (
              <Text size="sm" c="dimmed">
                {l.partnerName ?? `Offered to ${l.openOfferPartnerName} until ${formatDateTime(l.openOfferDeadline)}`}
              </Text>
            )}
            <Text size="sm">
              {leadBudget(l)}
              {l.region ? ` · ${l.region}` : ''}
              {l.source ? ` · ${l.source}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              Created {formatDateTime(l.createdAt)}
            </Text>
          </ListCard>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={showPartner ? 900 : 600}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Status</Table.Th>
            {showPartner && <Table.Th>Partner</Table.Th>}
            {showPartner && <Table.Th>Open offer</Table.Th>}
            <Table.Th>Region</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Budget</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${l.id}`}>
                  {l.customer}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <LeadStatusBadge status={l.status} />
              </Table.Td>
              {showPartner && <Table.Td>{l.partnerName ?? '—'}</Table.Td>}
              {showPartner && (
                <Table.Td>
                  {l.openOfferPartnerName ? (
                    <>
                      {l.openOfferPartnerName}
                      <Text size="xs" c="dimmed">
                        until {formatDateTime(l.openOfferDeadline)}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              )}
              <Table.Td>{l.region ?? '—'}</Table.Td>
              <Table.Td>{l.source ?? '—'}</Table.Td>
              <Table.Td style={{ ...NO_WRAP, textAlign: 'right' }}>{leadBudget(l)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDateTime(l.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  shown: number;
  /** What the list counts, singular and plural ("lead", "leads" unless told). */
  noun?: readonly [string, string];
}

/** Keyset paging: the count shown and "Load more" while the server reports a next cursor. */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  shown,
  noun = ['lead', 'leads'],
}: LoadMoreProps) {
  // "No leads." says it already.
  if (shown === 0 && !hasNextPage) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {shown} {shown === 1 ? noun[0] : noun[1]} shown
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

/** The lead's facts: customer and contact, need, budget, source, region, holder. */
export function LeadDetails({ lead, showPartner }: { lead: LeadDto; showPartner?: boolean }) {
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <Field label="Customer">{lead.customer}</Field>
        <Field label="Contact">{[lead.contactName, lead.contactEmail].filter(Boolean).join(', ') || '—'}</Field>
        <Field label="Budget">{leadBudget(lead)}</Field>
        <Field label="Source">{lead.source ?? '—'}</Field>
        <Field label="Region">{lead.region ?? '—'}</Field>
        <Field label="Sales channel">{humanize(lead.salesChannel)}</Field>
        {showPartner && <Field label="Partner">{lead.partnerName ?? 'Not held by a partner'}</Field>}
        <Field label="Owner">{lead.ownerName ?? '—'}</Field>
        <Field label="Created">{formatDateTime(lead.createdAt)}</Field>
      </SimpleGrid>
      <Stack gap={2} mt="md">
        <Text size="sm" c="dimmed">
          Need
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{lead.need}</Text>
      </Stack>
      {lead.status === LeadStatus.Disqualified && lead.disqualifyReason && (
        <Text mt="md">Disqualified because: {lead.disqualifyReason}</Text>
      )}
      {lead.status === LeadStatus.Qualified && (
        <Text mt="md" fw={500} data-testid="opportunity-created">
          Qualified: an opportunity was created{lead.opportunityId ? ` (${lead.opportunityId.slice(0, 8)})` : ''}.
        </Text>
      )}
    </Card>
  );
}

/** The offers in the order they were made: partner, when, deadline, state and the reason. */
export function OfferTimeline({ offers }: { offers: LeadOfferDto[] }) {
  const phone = useMediaQuery('(max-width: 36em)');
  if (phone && offers.length > 0) {
    return (
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="sm">
          Offers
        </Title>
        <Stack gap="xs" role="list" aria-label="Offers">
          {offers.map((o) => (
            <Card key={o.id} withBorder padding="sm" role="listitem">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Text fw={500} miw={0}>
                  {o.partnerName ?? '—'}
                </Text>
                <OfferStateBadge state={o.state} />
              </Group>
              <Text size="sm">Offered {formatDateTime(o.offeredAt)}</Text>
              <Text size="sm">Deadline {formatDateTime(o.deadline)}</Text>
              {o.endedAt && <Text size="sm">Ended {formatDateTime(o.endedAt)}</Text>}
              {o.reason && <Text size="sm">Reason: {o.reason}</Text>}
            </Card>
          ))}
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">
        Offers
      </Title>
      {offers.length === 0 ? (
        <Text c="dimmed">Not offered to a partner yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Offers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Offered</Table.Th>
                <Table.Th>Deadline</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offers.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.partnerName ?? '—'}</Table.Td>
                  <Table.Td style={NO_WRAP}>{formatDateTime(o.offeredAt)}</Table.Td>
                  <Table.Td style={NO_WRAP}>{formatDateTime(o.deadline)}</Table.Td>
                  <Table.Td>
                    <OfferStateBadge state={o.state} />
                    {o.endedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(o.endedAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{o.reason ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** "Why this partner": each automatic routing with its reason sentence and the candidates it weighed. */
export function RoutingExplanation({ routing }: { routing: LeadRoutingDto[] }) {
  if (routing.length === 0) return null;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">
        Why this partner
      </Title>
      <Stack gap="lg">
        {[...routing].reverse().map((r) => (
          <Stack key={r.id} gap="xs">
            <Text size="sm" c="dimmed">
              {formatDateTime(r.at)} · {r.trigger}
            </Text>
            <Text fw={500} data-testid="routing-reason">
              {r.reason}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label={`Routing candidates ${formatDateTime(r.at)}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>Weight</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>Open offers / capacity</Table.Th>
                    <Table.Th>Last offered</Table.Th>
                    <Table.Th>Rank or excluded because</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.candidates.map((c) => (
                    <Table.Tr key={c.accountId} fw={c.accountId === r.chosenAccountId ? 700 : undefined}>
                      <Table.Td>
                        {c.partnerName ?? '—'}
                        {c.accountId === r.chosenAccountId && (
                          <Badge ml="xs" size="sm" variant="light" color="green">
                            Chosen
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{c.weight}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {c.openOffers} / {c.capacity}
                      </Table.Td>
                      <Table.Td style={NO_WRAP}>{c.lastOfferedAt ? formatDateTime(c.lastOfferedAt) : 'Never'}</Table.Td>
                      <Table.Td>{c.excludedBecause ? `Excluded: ${c.excludedBecause}` : `#${c.rank ?? '—'}`}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
