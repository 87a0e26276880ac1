import { Link } from 'react-router';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, UnstyledButton } from '@mantine/core';
import {
  MarketingActivityStatus,
  type MarketingActivityDto,
  type MarketingActivityEventDto,
  type MarketingActivityListItemDto,
} from '../../api';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { formatDate, formatDateTime, formatMoney, humanize, webLink } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Minor units (cents) from the API → the decimal amount. */
export const fromMinor = (minor: number | null | undefined) =>
  minor === null || minor === undefined ? undefined : minor / 100;

export const STATUS_COLORS: Record<MarketingActivityStatus, string> = {
  [MarketingActivityStatus.Draft]: 'gray',
  [MarketingActivityStatus.OnApproval]: 'orange',
  [MarketingActivityStatus.Approved]: 'green',
  [MarketingActivityStatus.Rejected]: 'red',
  [MarketingActivityStatus.Completed]: 'blue',
  [MarketingActivityStatus.Cancelled]: 'dark',
};

export const statusLabel = (status: MarketingActivityStatus) => humanize(status);

export const STATUS_OPTIONS = Object.values(MarketingActivityStatus).map((value) => ({
  value,
  label: statusLabel(value),
}));

export function StatusBadge({ status }: { status: MarketingActivityStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content" data-testid="activity-status">
      {statusLabel(status)}
    </Badge>
  );
}

interface SortableThProps {
  label: string;
  field: string;
  sort?: string;
  onSort?: (sort: string) => void;
}

function SortableTh({ label, field, sort, onSort }: SortableThProps) {
  if (!onSort) return <Table.Th>{label}</Table.Th>;
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  return (
    <Table.Th aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(active && !descending ? `-${field}` : field)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Text span size="xs" c={active ? undefined : 'dimmed'} aria-hidden>
            {active ? (descending ? '▼' : '▲') : '↕'}
          </Text>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The budget that matters at the activity's stage: spent once completed, approved once approved, else proposed. */
function budgetOf(a: MarketingActivityListItemDto): string {
  const approved = fromMinor(a.approvedBudgetMinor);
  const spent = fromMinor(a.spentBudgetMinor);
  if (spent !== undefined) return `${formatMoney(spent, a.currency)} spent`;
  if (approved !== undefined) return `${formatMoney(approved, a.currency)} approved`;
  return formatMoney(fromMinor(a.proposedBudgetMinor), a.currency);
}

interface ActivityTableProps {
  items: MarketingActivityListItemDto[];
  /** Where an activity's page is: `/portal/marketing-activities` or `/marketing-activities`. */
  basePath: string;
  showPartner?: boolean;
  sort?: string;
  onSort?: (sort: string) => void;
  label?: string;
}

/** Activities as a table (cards on a phone): name, partner, status, dates, budget. */
export function ActivityTable({
  items,
  basePath,
  showPartner = false,
  sort,
  onSort,
  label = 'Marketing activities',
}: ActivityTableProps) {
  const phone = usePhone();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No marketing activities.
      </Text>
    );
  }
  if (phone) {
    return (
      <CardList label={label}>
        {items.map((a) => (
          <ListCard key={a.id} to={`${basePath}/${a.id}`} title={a.name} badge={<StatusBadge status={a.status} />}>
            {showPartner && (
              <Text size="sm" c="dimmed">
                {a.accountName}
              </Text>
            )}
            <Text size="sm">
              {formatDate(a.startDate)} – {formatDate(a.dueDate)}
            </Text>
            <Text size="sm">{budgetOf(a)}</Text>
          </ListCard>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={showPartner ? 860 : 700}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Name" field="name" sort={sort} onSort={onSort} />
            {showPartner && <SortableTh label="Partner" field="account" sort={sort} onSort={onSort} />}
            <Table.Th>Type</Table.Th>
            <SortableTh label="Status" field="status" sort={sort} onSort={onSort} />
            <SortableTh label="Start" field="startDate" sort={sort} onSort={onSort} />
            <SortableTh label="Due" field="dueDate" sort={sort} onSort={onSort} />
            <SortableTh label="Budget" field="proposedBudget" sort={sort} onSort={onSort} />
            {showPartner && <SortableTh label="Submitted" field="submittedAt" sort={sort} onSort={onSort} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${a.id}`}>
                  {a.name}
                </Anchor>
              </Table.Td>
              {showPartner && <Table.Td>{a.accountName}</Table.Td>}
              <Table.Td style={NO_WRAP}>{humanize(a.type)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(a.startDate)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(a.dueDate)}</Table.Td>
              <Table.Td style={NO_WRAP}>{budgetOf(a)}</Table.Td>
              {showPartner && <Table.Td style={NO_WRAP}>{formatDate(a.submittedAt)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Field({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** What an activity is: type, dates, budgets, fund, owner, link and description. */
export function ActivityDetails({
  activity: a,
  showPartner = false,
}: {
  activity: MarketingActivityDto;
  showPartner?: boolean;
}) {
  const link = webLink(a.url);
  const approved = fromMinor(a.approvedBudgetMinor);
  const spent = fromMinor(a.spentBudgetMinor);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          {showPartner && (
            <Field label="Partner">
              <Anchor component={Link} to={`/partnerships/${a.partnershipId}`}>
                {a.accountName} · {a.partnershipName}
              </Anchor>
            </Field>
          )}
          <Field label="Type">{humanize(a.type)}</Field>
          <Field label="Period">
            {formatDate(a.startDate)} – {formatDate(a.dueDate)}
          </Field>
          <Field label="Proposed budget" testId="proposed-budget">
            {formatMoney(fromMinor(a.proposedBudgetMinor), a.currency)}
          </Field>
          {approved !== undefined && (
            <Field label="Approved budget" testId="approved-budget">
              {formatMoney(approved, a.currency)}
            </Field>
          )}
          {spent !== undefined && (
            <Field label="Spent" testId="spent-budget">
              {formatMoney(spent, a.currency)}
            </Field>
          )}
          <Field label="Fund" testId="activity-fund">
            {a.fundName ?? '—'}
          </Field>
          {a.ownerName && <Field label="Owner">{a.ownerName}</Field>}
          <Field label="Proposed by">{a.proposedByName ?? '—'}</Field>
          {a.submittedAt && <Field label="Submitted">{formatDateTime(a.submittedAt)}</Field>}
          {a.url && (
            <Field label="Web page">
              {link ? (
                <Anchor href={link} target="_blank" rel="noopener noreferrer">
                  {a.url}
                </Anchor>
              ) : (
                a.url
              )}
            </Field>
          )}
        </SimpleGrid>
        {a.rejectionReason && (
          <Field label="Reason for the rejection" testId="rejection-reason">
            {a.rejectionReason}
          </Field>
        )}
        {a.description && (
          <Field label="Description">
            <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span>
          </Field>
        )}
      </Stack>
    </Card>
  );
}

function eventText(e: MarketingActivityEventDto): string {
  if (e.fromStatus === e.toStatus) return e.note ?? 'Changed';
  switch (e.toStatus) {
    case MarketingActivityStatus.OnApproval:
      return 'Submitted for approval';
    case MarketingActivityStatus.Draft:
      return 'Back to draft';
    default:
      return statusLabel(e.toStatus);
  }
}

/** The activity's history, newest first: each status change, who made it, and its note or reason. */
export function ActivityHistory({ events }: { events: MarketingActivityEventDto[] }) {
  if (events.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>;
  // Newest first, as the server sends it (like every timeline of the app).
  const sorted = events;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={sorted.length - 1} aria-label="History">
      {sorted.map((e) => {
        const text = eventText(e);
        const note = e.fromStatus === e.toStatus ? null : e.note;
        return (
          <Timeline.Item
            key={e.id}
            title={
              <Text size="sm" fw={500}>
                {text}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at)}
              {e.by ? ` · ${e.by}${e.byPartner ? '' : ' (vendor)'}` : ''}
            </Text>
            {note && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {note}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
