import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDebouncedValue } from '@mantine/hooks';
import { AccountType, api, LeadOfferState, LeadStatus, Permission } from '../../api';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { useAccount, useAccounts } from '../accounts/hooks';
import { useCan } from '../auth/hooks';
import { LEAD_STATUS_OPTIONS, LeadTable, LoadMore, OFFER_STATE_OPTIONS } from './display';
import { leadFilterArgs, useLeads, type LeadFilters } from './hooks';
import { LeadForm } from './LeadForm';

export const LEADS = '/leads';

const SORT_OPTIONS = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently changed' },
  { value: '-budget', label: 'Largest budget' },
  { value: 'budget', label: 'Smallest budget' },
];

/** Back-office: every lead, filtered and sorted from the URL, keyset paged with "Load more", exported as CSV. */
export default function LeadsPage() {
  const [params, update] = useUrlFilters();
  const navigate = useNavigate();
  const canWrite = useCan(Permission.PartnersWrite);
  const [creating, setCreating] = useState(false);
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedPartnerSearch] = useDebouncedValue(partnerSearch, 300);
  const [region, setRegion] = useState(params.get('region') ?? '');
  const [source, setSource] = useState(params.get('source') ?? '');

  const filters: LeadFilters = {
    status: oneOf(LeadStatus, params.get('status')),
    partnerAccountId: params.get('partner') || undefined,
    region: params.get('region') || undefined,
    source: params.get('source') || undefined,
    offerState: oneOf(LeadOfferState, params.get('offer')),
    sort: params.get('sort') || '-createdAt',
  };
  const leads = useLeads(filters);

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

  const updateRegion = useDebouncedCallback((value: string) => update({ region: value.trim() || undefined }), 300);
  const updateSource = useDebouncedCallback((value: string) => update({ source: value.trim() || undefined }), 300);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Leads</PageTitle>
        <Group gap="xs" align="flex-start">
          <ExportCsvButton
            permission={Permission.PartnersRead}
            fetchFile={() => api.exportLeads(...leadFilterArgs(filters))}
            fileName="leads.csv"
          />
          {canWrite && <Button onClick={() => setCreating(true)}>New lead</Button>}
        </Group>
      </Group>
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={LEAD_STATUS_OPTIONS}
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
        <TextInput
          label="Region"
          value={region}
          onChange={(e) => {
            setRegion(e.currentTarget.value);
            updateRegion(e.currentTarget.value);
          }}
          w={140}
        />
        <TextInput
          label="Source"
          value={source}
          onChange={(e) => {
            setSource(e.currentTarget.value);
            updateSource(e.currentTarget.value);
          }}
          w={140}
        />
        <Select
          label="Offer state"
          placeholder="Any"
          clearable
          data={OFFER_STATE_OPTIONS}
          value={filters.offerState ?? null}
          onChange={(value) => update({ offer: value ?? undefined })}
          w={150}
        />
        <Select
          label="Sort"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(value) => update({ sort: value === '-createdAt' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <QueryState query={leads}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          return (
            <>
              <LeadTable items={items} basePath={LEADS} label="Leads" showPartner />
              <LoadMore
                shown={items.length}
                hasNextPage={leads.hasNextPage}
                isFetchingNextPage={leads.isFetchingNextPage}
                fetchNextPage={leads.fetchNextPage}
              />
            </>
          );
        }}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New lead" size="lg">
        <LeadForm
          onDone={(lead) => {
            setCreating(false);
            if (lead) void navigate(`${LEADS}/${lead.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
