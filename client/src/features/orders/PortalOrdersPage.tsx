import { useNavigate } from 'react-router';
import { Button, Group, Select, Stack } from '@mantine/core';
import { OrderStatus } from '../../api';
import { toProblem } from '../../api/http';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { LoadMore } from '../leads/display';
import { ORDER_NOUN, OrderTable, STATUS_OPTIONS } from './display';
import { useCreateMyOrder, useMyOrders } from './hooks';
import { ORDER_SORT_OPTIONS } from './OrdersPage';

export const PORTAL_ORDERS = '/portal/orders';

/** Portal "Orders": the organization's orders by status, sorted, keyset paged; "New order" starts a draft. */
export default function PortalOrdersPage() {
  const [params, update] = useUrlFilters();
  const navigate = useNavigate();
  const status = oneOf(OrderStatus, params.get('status'));
  const sort = params.get('sort') || '-createdAt';
  const orders = useMyOrders(status, sort);
  const create = useCreateMyOrder();

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Orders</PageTitle>
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(undefined, { onSuccess: (order) => void navigate(`${PORTAL_ORDERS}/${order.id}`) })
          }
        >
          New order
        </Button>
      </Group>
      <ProblemAlert problem={create.error ? toProblem(create.error) : null} />
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={STATUS_OPTIONS}
          value={status ?? null}
          onChange={(value) => update({ status: value ?? undefined })}
          w={180}
        />
        <Select
          label="Sort"
          data={ORDER_SORT_OPTIONS}
          value={sort}
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
              <OrderTable items={items} basePath={PORTAL_ORDERS} label="Your orders" />
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
    </Stack>
  );
}
