import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { OpportunityStage, type OpportunityDto, type OpportunityListItemDto } from '../../api';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { formatDate, formatDateTime, formatMoney, humanize } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** What "Load more" counts. */
export const OPPORTUNITY_NOUN = ['opportunity', 'opportunities'] as const;

/** Minor units (cents) from the API → the amount with its currency. */
export const opportunityAmount = (o: { amountMinor: number; currency: string }) =>
  formatMoney(o.amountMinor / 100, o.currency);

const STAGE_COLORS: Record<OpportunityStage, string> = {
  [OpportunityStage.Qualification]: 'blue',
  [OpportunityStage.NeedsAnalysis]: 'cyan',
  [OpportunityStage.Proposal]: 'violet',
  [OpportunityStage.Negotiation]: 'orange',
  [OpportunityStage.ClosedWon]: 'green',
  [OpportunityStage.ClosedLost]: 'gray',
};

export const STAGE_OPTIONS = Object.values(OpportunityStage).map((value) => ({ value, label: humanize(value) }));

/** The stages an open opportunity can be in (where a reopened one goes back to). */
export const OPEN_STAGE_OPTIONS = STAGE_OPTIONS.filter((o) => !isClosed(o.value));

export function isClosed(stage: OpportunityStage): boolean {
  return stage === OpportunityStage.ClosedWon || stage === OpportunityStage.ClosedLost;
}

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} miw="max-content" data-testid="opportunity-stage">
      {humanize(stage)}
    </Badge>
  );
}

interface OpportunityTableProps {
  items: OpportunityListItemDto[];
  basePath: string;
  label: string;
  /** Back-office: the partner column. */
  showPartner?: boolean;
}

/** A table of opportunities (cards on a phone); the name links to the opportunity page. */
export function OpportunityTable({ items, basePath, label, showPartner }: OpportunityTableProps) {
  const phone = usePhone();
  if (items.length === 0) return <Text c="dimmed">No opportunities.</Text>;
  if (phone) {
    return (
      <CardList label={label}>
        {items.map((o) => (
          <ListCard key={o.id} to={`${basePath}/${o.id}`} title={o.name} badge={<StageBadge stage={o.stage} />}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {o.customer}
              {showPartner && o.partnerName ? ` · ${o.partnerName}` : ''}
            </Text>
            <Text size="sm">
              {opportunityAmount(o)}
              {o.expectedCloseDate ? ` · closes ${formatDate(o.expectedCloseDate)}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {o.ownerName ? `${o.ownerName} · ` : ''}Updated {formatDateTime(o.updatedAt)}
            </Text>
          </ListCard>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={showPartner ? 1000 : 820}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Customer</Table.Th>
            {showPartner && <Table.Th>Partner</Table.Th>}
            <Table.Th>Stage</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
            <Table.Th>Expected close</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${o.id}`}>
                  {o.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{o.customer}</Table.Td>
              {showPartner && <Table.Td>{o.partnerName ?? '—'}</Table.Td>}
              <Table.Td>
                <StageBadge stage={o.stage} />
              </Table.Td>
              <Table.Td style={{ ...NO_WRAP, textAlign: 'right' }}>{opportunityAmount(o)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(o.expectedCloseDate)}</Table.Td>
              <Table.Td>{o.ownerName ?? '—'}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDateTime(o.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </Stack>
  );
}

/** The opportunity's facts; a won partner opportunity shows the marketing-fund credit it earned (D19). */
export function OpportunityDetails({
  opportunity: o,
  showPartner,
}: {
  opportunity: OpportunityDto;
  showPartner?: boolean;
}) {
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <Field label="Customer">{o.customer}</Field>
        <Field label="Amount">{opportunityAmount(o)}</Field>
        <Field label="Expected close">{formatDate(o.expectedCloseDate)}</Field>
        {showPartner && <Field label="Partner">{o.partnerName ?? 'Vendor (no partner)'}</Field>}
        <Field label="Owner">{o.ownerName ?? o.employeeOwnerName ?? '—'}</Field>
        <Field label="Next step">{o.nextStep ?? '—'}</Field>
        <Field label="Created">{formatDateTime(o.createdAt)}</Field>
        <Field label="Updated">{formatDateTime(o.updatedAt)}</Field>
        {o.closedAt && <Field label="Closed">{formatDateTime(o.closedAt)}</Field>}
      </SimpleGrid>
      {o.notes && (
        <Stack gap={2} mt="md">
          <Text size="sm" c="dimmed">
            Notes
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{o.notes}</Text>
        </Stack>
      )}
      {o.stage === OpportunityStage.ClosedWon && o.fundCreditMinor > 0 && (
        <Text mt="md" fw={500} data-testid="fund-credit">
          Won: {formatMoney(o.fundCreditMinor / 100, o.currency)} credited to the partner's marketing fund
          {o.fundPercent !== undefined && o.fundPercent !== null ? ` (${o.fundPercent} %)` : ''}.
        </Text>
      )}
    </Card>
  );
}
