import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDebouncedValue } from '@mantine/hooks';
import { AccountType, MarketingActivityStatus } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useAccount, useAccounts } from '../accounts/hooks';
import { ActivityTable, STATUS_OPTIONS } from './display';
import { useActivities } from './hooks';

const PAGE_SIZE = 20;
export const ACTIVITIES = '/marketing-activities';
const ALL = 'all';

function isStatus(value: string | null): value is MarketingActivityStatus {
  return !!value && (Object.values(MarketingActivityStatus) as string[]).includes(value);
}

/**
 * Back-office: the approval queue (proposals on approval, oldest submission first) and every other activity by status,
 * search and partner. Filters, sort and page live in the URL.
 */
export default function ActivitiesPage() {
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState(params.get('search') ?? '');
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedPartnerSearch] = useDebouncedValue(partnerSearch, 300);

  const statusParam = params.get('status');
  // No status in the URL: the approval queue.
  const status =
    statusParam === ALL ? undefined : isStatus(statusParam) ? statusParam : MarketingActivityStatus.OnApproval;
  const queue = status === MarketingActivityStatus.OnApproval;
  const accountId = params.get('partner') || undefined;
  const sort = params.get('sort') || (queue ? 'submittedAt' : undefined);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const activities = useActivities({
    status,
    accountId,
    search: params.get('search') || undefined,
    sort,
    page,
    pageSize: PAGE_SIZE,
  });

  const partners = useAccounts({
    type: AccountType.Partner,
    search: debouncedPartnerSearch.trim() || undefined,
    page: 1,
    pageSize: 50,
  });
  const selectedPartner = useAccount(accountId);
  const partnerOptions = (partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (accountId && selectedPartner.data && !partnerOptions.some((o) => o.value === accountId)) {
    partnerOptions.unshift({ value: accountId, label: selectedPartner.data.name });
  }

  const update = (changes: Record<string, string | undefined>, resetPage = true) =>
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
  const updateSearch = useDebouncedCallback((value: string) => update({ search: value.trim() || undefined }), 300);

  return (
    <Stack>
      <PageTitle>Marketing activities</PageTitle>
      <Group align="flex-end">
        <Select
          label="Status"
          data={[{ value: ALL, label: 'All statuses' }, ...STATUS_OPTIONS]}
          value={status ?? ALL}
          onChange={(value) =>
            update({
              status: value === MarketingActivityStatus.OnApproval ? undefined : (value ?? undefined),
              sort: undefined,
            })
          }
          allowDeselect={false}
          w={180}
        />
        <TextInput
          label="Search"
          placeholder="Activity or partner name"
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            updateSearch(e.currentTarget.value);
          }}
          w={240}
        />
        <Select
          label="Partner"
          placeholder="All partners"
          searchable
          clearable
          data={partnerOptions}
          value={accountId ?? null}
          onChange={(value) => update({ partner: value ?? undefined })}
          searchValue={partnerSearch}
          onSearchChange={setPartnerSearch}
          filter={({ options }) => options}
          nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
          w={240}
        />
      </Group>
      <QueryState query={activities}>
        {(result) => (
          <>
            <ActivityTable
              items={result.items}
              basePath={ACTIVITIES}
              showPartner
              sort={sort}
              onSort={(s) => update({ sort: s }, false)}
              label={queue ? 'Approval queue' : 'Marketing activities'}
            />
            <Pager
              page={page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={(p) => update({ page: p > 1 ? String(p) : undefined }, false)}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
