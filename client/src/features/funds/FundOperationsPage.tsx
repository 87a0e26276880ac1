import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Anchor, Badge, Button, CloseButton, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { EntryKind, Permission, type FundEntryDto } from '../../api';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import {
  enumOptions,
  formatDateTime,
  formatMoney,
  formatSignedMoney,
  humanize,
  ISO_DATE_INPUT,
} from '../../lib/format';
import { useCan } from '../auth/hooks';
import { SortableTh } from '../partnerships/PartnershipTable';
import { usePartnership } from '../partnerships/hooks';
import { useMediaQuery } from '@mantine/hooks';
import { EntryCard, PHONE } from './EntryCard';
import { EntryDetail } from './EntryDetail';
import { exportFundEntries, useFund, useFundEntries, usePartnershipFunds, type FundEntryFilters } from './hooks';
import { ReverseEntryForm } from './ReverseEntryForm';

const PAGE_SIZE = 25;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function numberParam(value: string | null): number | undefined {
  const n = value ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function kindParam(value: string | null): EntryKind | undefined {
  return value && (Object.values(EntryKind) as string[]).includes(value) ? (value as EntryKind) : undefined;
}

/** Whether an operation can still be reversed: once, and never a reversal or a carry-over. */
export function isReversible(entry: FundEntryDto): boolean {
  return !entry.reversedByEntryId && entry.kind !== EntryKind.Reversal && entry.kind !== EntryKind.CarryOver;
}

/** A date filter typed as YYYY-MM-DD: applied once complete (or cleared). */
function DateFilter({ label, value, onChange }: { label: string; value?: string; onChange: (v?: string) => void }) {
  const [text, setText] = useState(value ?? '');
  const invalid = text !== '' && !ISO_DATE.test(text);
  return (
    <TextInput
      label={label}
      {...ISO_DATE_INPUT}
      value={text}
      w={140}
      error={invalid && text.length >= 10 ? 'Use YYYY-MM-DD' : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value.trim();
        setText(next);
        if (next === '' || ISO_DATE.test(next)) onChange(next || undefined);
      }}
    />
  );
}

/**
 * The operations (journal entries) of all funds, or of one partnership or fund (URL: ?partnership=&fund=), filtered by
 * kind and date range, sorted by date or amount, paged, with the CSV export of exactly these rows.
 */
export default function FundOperationsPage() {
  const [params, setParams] = useSearchParams();
  const canWrite = useCan(Permission.FundsWrite);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [reversing, setReversing] = useState<FundEntryDto | null>(null);
  const phone = useMediaQuery(PHONE);

  const filters: FundEntryFilters = {
    partnershipId: params.get('partnership') || undefined,
    fundId: params.get('fund') || undefined,
    kind: kindParam(params.get('kind')),
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    sort: params.get('sort') || undefined,
    page: numberParam(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
  };
  const entries = useFundEntries(filters);
  const partnership = usePartnership(filters.partnershipId);
  const funds = usePartnershipFunds(filters.partnershipId);
  const fund = useFund(filters.partnershipId ? undefined : filters.fundId);

  const update = (changes: Record<string, string | undefined>, resetPage = true) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>Fund operations</PageTitle>
          {partnership.data && (
            <Text c="dimmed" size="sm">
              Partnership{' '}
              <Anchor component={Link} to={`/partnerships/${partnership.data.id}`}>
                {partnership.data.name}
              </Anchor>{' '}
              ({partnership.data.accountName})
            </Text>
          )}
        </div>
        <ExportCsvButton
          permission={Permission.FundsRead}
          fetchFile={() => exportFundEntries(filters)}
          fileName="fund-operations.csv"
        />
      </Group>
      <Group align="flex-end" gap="sm">
        {filters.partnershipId ? (
          <Select
            label="Fund"
            placeholder="All funds"
            clearable
            data={(funds.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={filters.fundId ?? null}
            onChange={(value) => update({ fund: value ?? undefined })}
            w={200}
          />
        ) : (
          filters.fundId && (
            <Group gap={4} align="center" mb={6}>
              <Text size="sm">Fund: {fund.data?.name ?? '…'}</Text>
              <CloseButton size="sm" aria-label="Show all funds" onClick={() => update({ fund: undefined })} />
            </Group>
          )
        )}
        <Select
          label="Kind"
          placeholder="All kinds"
          clearable
          data={enumOptions(EntryKind)}
          value={filters.kind ?? null}
          onChange={(value) => update({ kind: value ?? undefined })}
          w={180}
        />
        <DateFilter label="From" value={filters.from} onChange={(from) => update({ from })} />
        <DateFilter label="To" value={filters.to} onChange={(to) => update({ to })} />
        {filters.partnershipId && (
          <Button variant="subtle" size="xs" mb={6} onClick={() => update({ partnership: undefined, fund: undefined })}>
            All partnerships
          </Button>
        )}
      </Group>
      <QueryState query={entries}>
        {(result) => (
          <>
            {phone ? (
              <Stack component="ul" aria-label="Fund operations" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {result.items.length === 0 && (
                  <Text component="li" c="dimmed" size="sm">
                    No operations.
                  </Text>
                )}
                {result.items.map((e) => (
                  <EntryCard key={e.id} entry={e} currency={e.currency} context={e.fundName}>
                    <Group gap="xs">
                      {e.reversedByEntryId && (
                        <Text size="xs" c="dimmed">
                          Reversed
                        </Text>
                      )}
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setDetailId(e.id)}
                        aria-label={`Details of ${e.description}`}
                      >
                        Details
                      </Button>
                      {canWrite && isReversible(e) && (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={() => setReversing(e)}
                          aria-label={`Reverse ${e.description}`}
                        >
                          Reverse
                        </Button>
                      )}
                    </Group>
                  </EntryCard>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={980}>
                <Table striped aria-label="Fund operations">
                  <Table.Thead>
                    <Table.Tr>
                      <SortableTh
                        label="Date"
                        field="date"
                        sort={filters.sort ?? '-date'}
                        onSort={(sort) => update({ sort }, false)}
                      />
                      <Table.Th>Fund</Table.Th>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th>Description</Table.Th>
                      <SortableTh
                        label="Amount"
                        field="amount"
                        sort={filters.sort}
                        onSort={(sort) => update({ sort }, false)}
                      />
                      <Table.Th ta="right">Balance after</Table.Th>
                      <Table.Th>Source</Table.Th>
                      <Table.Th>
                        <Text span size="sm" fw={700}>
                          Actions
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.items.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={8}>
                          <Text c="dimmed" size="sm">
                            No operations.
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {result.items.map((e) => (
                      <Table.Tr key={e.id} data-entry-id={e.id}>
                        <Table.Td style={NO_WRAP}>{formatDateTime(e.createdAt)}</Table.Td>
                        <Table.Td>{e.fundName}</Table.Td>
                        <Table.Td style={NO_WRAP}>{humanize(e.kind)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.description}</Text>
                          {e.reversesEntryId && (
                            <Anchor
                              component="button"
                              type="button"
                              size="xs"
                              onClick={() => setDetailId(e.reversesEntryId!)}
                            >
                              Reverses an operation
                            </Anchor>
                          )}
                          {e.reversedByEntryId && (
                            <Badge
                              component="button"
                              type="button"
                              variant="light"
                              color="gray"
                              size="sm"
                              style={{ cursor: 'pointer' }}
                              onClick={() => setDetailId(e.reversedByEntryId!)}
                            >
                              Reversed
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right" style={NO_WRAP} c={e.amount < 0 ? 'red' : 'green'}>
                          {formatSignedMoney(e.amount, e.currency)}
                        </Table.Td>
                        <Table.Td ta="right" style={NO_WRAP}>
                          {formatMoney(e.balanceAfter, e.currency)}
                        </Table.Td>
                        <Table.Td>{e.sourceType ? humanize(e.sourceType) : (e.createdBy ?? '—')}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDetailId(e.id)}
                              aria-label={`Details of ${e.description}`}
                            >
                              Details
                            </Button>
                            {canWrite && isReversible(e) && (
                              <Button
                                size="xs"
                                variant="light"
                                color="red"
                                onClick={() => setReversing(e)}
                                aria-label={`Reverse ${e.description}`}
                              >
                                Reverse
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager
              page={filters.page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={(page) => update({ page: page > 1 ? String(page) : undefined }, false)}
            />
          </>
        )}
      </QueryState>
      <Modal opened={detailId !== null} onClose={() => setDetailId(null)} title="Operation">
        {detailId && <EntryDetail entryId={detailId} />}
      </Modal>
      <Modal opened={reversing !== null} onClose={() => setReversing(null)} title="Reverse this operation?">
        {reversing && <ReverseEntryForm entry={reversing} onDone={() => setReversing(null)} />}
      </Modal>
    </Stack>
  );
}
