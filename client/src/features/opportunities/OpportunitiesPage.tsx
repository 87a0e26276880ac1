import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Chip, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, api, OpportunityStage, Permission } from '../../api';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { useAccount, useAccounts } from '../accounts/hooks';
import { useCan } from '../auth/hooks';
import { LoadMore } from '../leads/display';
import { OPPORTUNITY_NOUN, OpportunityTable, STAGE_OPTIONS } from './display';
import { opportunityFilterArgs, useOpportunities, useOpportunityPipeline, type OpportunityFilters } from './hooks';
import { Pipeline, viewOf, ViewSwitch } from './Pipeline';
import { OpportunityForm } from './OpportunityForm';

export const OPPORTUNITIES = '/opportunities';

export const OPPORTUNITY_SORT_OPTIONS = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently changed' },
  { value: '-amount', label: 'Largest amount' },
  { value: 'amount', label: 'Smallest amount' },
];

const ALL = 'all';

/** The pipeline's stages as filter chips ("All" first); the chosen one is the list's stage filter. */
export function StageChips({
  value,
  onChange,
}: {
  value: OpportunityStage | undefined;
  onChange: (stage: OpportunityStage | undefined) => void;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="stage-chips-label">
        Stage
      </Text>
      <Chip.Group<false>
        multiple={false}
        value={(value ?? ALL) as string}
        onChange={(v: string) => onChange(v === ALL ? undefined : oneOf(OpportunityStage, v))}
      >
        <Group gap="xs" role="group" aria-labelledby="stage-chips-label">
          <Chip value={ALL} size="sm">
            All
          </Chip>
          {STAGE_OPTIONS.map((s) => (
            <Chip key={s.value} value={s.value} size="sm">
              {s.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}

/**
 * Back-office: every opportunity, filtered by stage and partner and sorted from the URL, keyset paged with
 * "Load more", exported as CSV with the same filter.
 */
export default function OpportunitiesPage() {
  const [params, update] = useUrlFilters();
  const navigate = useNavigate();
  const canWrite = useCan(Permission.PartnersWrite);
  const [creating, setCreating] = useState(false);
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedPartnerSearch] = useDebouncedValue(partnerSearch, 300);

  const filters: OpportunityFilters = {
    stage: oneOf(OpportunityStage, params.get('stage')),
    partnerAccountId: params.get('partner') || undefined,
    sort: params.get('sort') || '-createdAt',
  };
  const view = viewOf(params.get('view'));
  const opportunities = useOpportunities(filters, view === 'table');
  const pipeline = useOpportunityPipeline(filters, view === 'pipeline');

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
        <PageTitle>Opportunities</PageTitle>
        <Group gap="xs" align="flex-start">
          <ExportCsvButton
            permission={Permission.PartnersRead}
            fetchFile={() => api.exportOpportunities(...opportunityFilterArgs(filters))}
            fileName="opportunities.csv"
          />
          {canWrite && <Button onClick={() => setCreating(true)}>New opportunity</Button>}
        </Group>
      </Group>
      <ViewSwitch value={view} onChange={(v) => update({ view: v === 'pipeline' ? v : undefined })} />
      <StageChips value={filters.stage} onChange={(stage) => update({ stage })} />
      <Group align="flex-end">
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
          data={OPPORTUNITY_SORT_OPTIONS}
          value={filters.sort}
          onChange={(value) => update({ sort: value === '-createdAt' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {view === 'pipeline' ? (
        <QueryState query={pipeline}>
          {(stages) => <Pipeline stages={stages} onPick={(stage) => update({ stage, view: undefined })} />}
        </QueryState>
      ) : (
        <QueryState query={opportunities}>
          {(data) => {
            const items = data.pages.flatMap((p) => p.items);
            return (
              <>
                <OpportunityTable items={items} basePath={OPPORTUNITIES} label="Opportunities" showPartner />
                <LoadMore
                  shown={items.length}
                  noun={OPPORTUNITY_NOUN}
                  hasNextPage={opportunities.hasNextPage}
                  isFetchingNextPage={opportunities.isFetchingNextPage}
                  fetchNextPage={opportunities.fetchNextPage}
                />
              </>
            );
          }}
        </QueryState>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New opportunity" size="lg">
        <OpportunityForm
          onDone={(opportunity) => {
            setCreating(false);
            if (opportunity) void navigate(`${OPPORTUNITIES}/${opportunity.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
