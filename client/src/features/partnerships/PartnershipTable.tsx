import { Link } from 'react-router';
import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { PartnershipListItemDto } from '../../api';
import { formatDate } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** "60 / 100"; at the top level, which has no target to reach (target 0), "98 · top level". */
function formatScore(p: PartnershipListItemDto): string {
  const isTopLevel = p.levelNumber >= p.levelCount;
  if (isTopLevel && p.targetScore === 0) return `${p.currentScore} · top level`;
  return `${p.currentScore} / ${p.targetScore}`;
}

interface SortableThProps {
  label: string;
  field: string;
  sort?: string;
  onSort?: (sort: string) => void;
}

export function SortableTh({ label, field, sort, onSort }: SortableThProps) {
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

interface PartnershipTableProps {
  items: PartnershipListItemDto[];
  sort?: string;
  onSort?: (sort: string) => void;
  showPartner?: boolean;
}

export function PartnershipTable({ items, sort, onSort, showPartner = true }: PartnershipTableProps) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label="Partnerships">
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Name" field="name" sort={sort} onSort={onSort} />
            {showPartner && <SortableTh label="Partner" field="account" sort={sort} onSort={onSort} />}
            <Table.Th>Type</Table.Th>
            <SortableTh label="Level" field="level" sort={sort} onSort={onSort} />
            <SortableTh label="Start" field="startDate" sort={sort} onSort={onSort} />
            <SortableTh label="Due" field="dueDate" sort={sort} onSort={onSort} />
            <SortableTh label="Score" field="score" sort={sort} onSort={onSort} />
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={showPartner ? 8 : 7}>
                <Text c="dimmed" size="sm">
                  No partnerships.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/partnerships/${p.id}`}>
                  {p.name}
                </Anchor>
              </Table.Td>
              {showPartner && (
                <Table.Td>
                  <Anchor component={Link} to={`/partners/${p.accountId}`} c="inherit">
                    {p.accountName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>{p.partnerTypeName}</Table.Td>
              <Table.Td style={NO_WRAP}>
                {p.partnerLevelName}{' '}
                <Text span size="xs" c="dimmed">
                  ({p.levelNumber}/{p.levelCount})
                </Text>
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(p.startDate)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(p.dueDate)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatScore(p)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <Group gap={4} wrap="nowrap">
                  <Badge variant="light" color={p.isActive ? 'green' : 'gray'} miw="max-content">
                    {p.isActive ? 'Active' : 'Inactive'}
                  </Badge>
                  {p.atRisk && (
                    <Badge
                      variant="light"
                      color="red"
                      miw="max-content"
                      title="Below pace to keep the level at renewal"
                    >
                      At risk
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
