import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, api, OrderStatus, Permission } from '../../api';
import { toProblem } from '../../api/http';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { useAccount, useAccounts } from '../accounts/hooks';
import { useCan } from '../auth/hooks';
import { LoadMore } from '../leads/display';
import { ORDER_NOUN, OrderTable, STATUS_OPTIONS } from './display';
import { orderFilterArgs, useCreateOrder, useOrders, type OrderFilters } from './hooks';

export const ORDERS = '/orders';

export const ORDER_SORT_OPTIONS = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently changed' },
  { value: '-total', label: 'Largest total' },
  { value: 'total', label: 'Smallest total' },
];

/** A searchable partner picker (the list's filter and the new order's partner). */
export function PartnerSelect({
  value,
  onChange,
  label,
  placeholder,
  error,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  label: string;
  placeholder: string;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const partners = useAccounts({
    type: AccountType.Partner,
    search: debounced.trim() || undefined,
    page: 1,
    pageSize: 50,
  });
  const selected = useAccount(value);
  const options = (partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (value && selected.data && !options.some((o) => o.value === value))
    options.unshift({ value, label: selected.data.name });
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      data={options}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
      error={error}
      w={240}
    />
  );
}

/** Back-office: every partner's orders, filtered by status and partner and sorted from the URL, keyset paged, exported as CSV. */
export default function OrdersPage() {
  const [params, update] = useUrlFilters();
  const canWrite = useCan(Permission.PartnersWrite);
  const [creating, setCreating] = useState(false);
  const filters: OrderFilters = {
    status: oneOf(OrderStatus, params.get('status')),
    partnerAccountId: params.get('partner') || undefined,
    sort: params.get('sort') || '-createdAt',
  };
  const orders = useOrders(filters);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Orders</PageTitle>
        <Group gap="xs" align="flex-start">
          <ExportCsvButton
            permission={Permission.PartnersRead}
            fetchFile={() => api.exportOrders(...orderFilterArgs(filters))}
            fileName="orders.csv"
          />
          {canWrite && <Button onClick={() => setCreating(true)}>New order</Button>}
        </Group>
      </Group>
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={STATUS_OPTIONS}
          value={filters.status ?? null}
          onChange={(value) => update({ status: value ?? undefined })}
          w={180}
        />
        <PartnerSelect
          label="Partner"
          placeholder="All partners"
          value={filters.partnerAccountId}
          onChange={(partner) => update({ partner })}
        />
        <Select
          label="Sort"
          data={ORDER_SORT_OPTIONS}
          value={filters.sort}
          onChange={(value) => update({ sort: value === '-createdAt' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <QueryState query={orders}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          return (
            <>
              <OrderTable items={items} basePath={ORDERS} label="Orders" showPartner />
              <LoadMore
                shown={items.length}
                noun={ORDER_NOUN}
                hasNextPage={orders.hasNextPage}
                isFetchingNextPage={orders.isFetchingNextPage}
                fetchNextPage={orders.fetchNextPage}
              />
            </>
          );
        }}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New order">
        <NewOrderForm onDone={() => setCreating(false)} />
      </Modal>
    </Stack>
  );
}

function NewOrderForm({ onDone }: { onDone: () => void }) {
  const create = useCreateOrder();
  const navigate = useNavigate();
  const [partner, setPartner] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(!partner);
        if (partner)
          create.mutate(partner, {
            onSuccess: (order) => {
              onDone();
              void navigate(`${ORDERS}/${order.id}`);
            },
          });
      }}
    >
      <Stack>
        <ProblemAlert problem={create.error ? toProblem(create.error) : null} />
        <PartnerSelect
          label="Partner"
          placeholder="Search partners"
          value={partner}
          onChange={setPartner}
          error={missing ? 'Choose the partner the order is for.' : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create draft order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
