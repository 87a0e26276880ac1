import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { usePartnerLevels, usePartnerTypes } from '../partnerTypes/hooks';
import { exportPartnerships, usePartnerships, type PartnershipFilters } from './hooks';
import { PartnershipCreateForm } from './PartnershipCreateForm';
import { PartnershipTable } from './PartnershipTable';
import { PageTitle } from '../../components/PageTitle';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { Permission } from '../../api';
import { useCan } from '../auth/hooks';

const PAGE_SIZE = 20;

function numberParam(value: string | null): number | undefined {
  const n = value ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Filters, sort and page live in the URL so that links and the back button keep them. */
export default function PartnershipsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const canWrite = useCan(Permission.PartnersWrite);
  const [searchText, setSearchText] = useState(params.get('search') ?? '');

  const active = params.get('active');
  const filters: PartnershipFilters = {
    partnerTypeId: params.get('type') || undefined,
    partnerLevelId: params.get('level') || undefined,
    isActive: active === 'true' ? true : active === 'false' ? false : undefined,
    atRisk: params.get('atRisk') === 'true' ? true : undefined,
    search: params.get('search') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: numberParam(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
  };

  const partnerTypes = usePartnerTypes();
  const levels = usePartnerLevels(filters.partnerTypeId);
  const partnerships = usePartnerships(filters);

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
  const updateSearch = useDebouncedCallback((value: string) => update({ search: value.trim() || undefined }), 300);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Partnerships</PageTitle>
        <Group align="flex-start">
          <ExportCsvButton
            permission={Permission.PartnersRead}
            fetchFile={() => exportPartnerships(filters)}
            fileName="partnerships.csv"
          />
          {canWrite && <Button onClick={() => setCreating(true)}>New partnership</Button>}
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search"
          placeholder="Partner name starts with…"
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            updateSearch(e.currentTarget.value);
          }}
          w={260}
        />
        <Select
          label="Partner type"
          placeholder="All types"
          clearable
          data={(partnerTypes.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={filters.partnerTypeId ?? null}
          onChange={(value) => update({ type: value ?? undefined, level: undefined })}
          w={200}
        />
        <Select
          label="Level"
          placeholder={filters.partnerTypeId ? 'All levels' : 'Choose a type first'}
          clearable
          disabled={!filters.partnerTypeId}
          data={(levels.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={filters.partnerLevelId ?? null}
          onChange={(value) => update({ level: value ?? undefined })}
          w={180}
        />
        <Select
          label="Active"
          data={[
            { value: 'all', label: 'All' },
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Inactive' },
          ]}
          value={active === 'true' || active === 'false' ? active : 'all'}
          onChange={(value) => update({ active: value === 'all' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={130}
        />
        <Select
          label="At risk"
          description="Below pace to keep the level"
          data={[
            { value: 'any', label: 'Any' },
            { value: 'true', label: 'Yes' },
          ]}
          value={filters.atRisk ? 'true' : 'any'}
          onChange={(value) => update({ atRisk: value === 'true' ? 'true' : undefined })}
          allowDeselect={false}
          w={190}
        />
      </Group>
      <QueryState query={partnerships}>
        {(result) => (
          <>
            <PartnershipTable items={result.items} sort={filters.sort} onSort={(sort) => update({ sort }, false)} />
            <Pager
              page={filters.page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={(page) => update({ page: page > 1 ? String(page) : undefined }, false)}
            />
          </>
        )}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New partnership" size="lg">
        {creating && (
          <PartnershipCreateForm
            onDone={(created) => {
              setCreating(false);
              if (created) navigate(`/partnerships/${created.id}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
