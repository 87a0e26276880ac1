import { useState } from 'react';
import { Group, Select, Stack, Switch } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, api, DealRegistrationStatus, Permission } from '../../api';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { useAccount, useAccounts } from '../accounts/hooks';
import { DEAL_REGISTRATIONS, DEAL_STATUS_OPTIONS, DealTable, LoadMore } from './display';
import { dealFilterArgs, useDealRegistrations, type DealFilters } from './hooks';

const SORT_OPTIONS = [
  { value: '-submittedAt', label: 'Newest first' },
  { value: 'submittedAt', label: 'Oldest first' },
  { value: '-amount', label: 'Largest amount' },
  { value: 'amount', label: 'Smallest amount' },
];

/** Back-office: the deal registration queue, filtered from the URL, keyset paged, exported as CSV. */
export default function DealRegistrationsPage() {
  const [params, update] = useUrlFilters();
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedPartnerSearch] = useDebouncedValue(partnerSearch, 300);

  const filters: DealFilters = {
    status: oneOf(DealRegistrationStatus, params.get('status')),
    hasConflict: params.get('conflicts') === '1' ? true : undefined,
    partnerAccountId: params.get('partner') || undefined,
    sort: params.get('sort') || '-submittedAt',
  };
  const deals = useDealRegistrations(filters);

  const partners = useAccounts({
    type: AccountType.Partner,
    search: debouncedPartnerSearch.trim() || undefined,
    page: 1,
    pageSize: 50,
  });
  const selectedPartner = useAccount(filters.partnerAccountId);
  const partnerOptions = (partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (
    filters.partnerAccountId &&
    selectedPartner.data &&
    !partnerOptions.some((o) => o.value === filters.partnerAccountId)
  )
    partnerOptions.unshift({ value: filters.partnerAccountId, label: selectedPartner.data.name });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Deal registrations</PageTitle>
        <ExportCsvButton
          permission={Permission.PartnersRead}
          fetchFile={() => api.exportDealRegistrations(...dealFilterArgs(filters))}
          fileName="deal-registrations.csv"
        />
      </Group>
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={DEAL_STATUS_OPTIONS}
          value={filters.status ?? null}
          onChange={(value) => update({ status: value ?? undefined })}
          w={170}
        />
        <Select
          label="Partner"
          placeholder="All partners"
          searchable
          clearable
          data={partnerOptions}
          value={filters.partnerAccountId ?? null}
          onChange={(value) => update({ partner: value ?? undefined })}
          searchValue={partnerSearch}
          onSearchChange={setPartnerSearch}
          filter={({ options }) => options}
          nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
          w={220}
        />
        <Select
          label="Sort"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(value) => update({ sort: value === '-submittedAt' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
        <Switch
          label="Conflicts only"
          checked={!!filters.hasConflict}
          onChange={(e) => update({ conflicts: e.currentTarget.checked ? '1' : undefined })}
          mb={8}
        />
      </Group>
      <QueryState query={deals}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          return (
            <>
              <DealTable items={items} basePath={DEAL_REGISTRATIONS} label="Deal registrations" showPartner />
              <LoadMore
                shown={items.length}
                hasNextPage={deals.hasNextPage}
                isFetchingNextPage={deals.isFetchingNextPage}
                fetchNextPage={deals.fetchNextPage}
              />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
