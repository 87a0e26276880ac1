import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type OrderDto, type OrderListItemDtoKeysetPage, type OrderStatus } from '../../api';

/** Rows per keyset page of the order lists. */
export const ORDER_PAGE_SIZE = 25;

export interface OrderFilters {
  status?: OrderStatus;
  partnerAccountId?: string;
  sort?: string;
}

export const orderKeys = {
  all: ['orders'] as const,
  list: (filters: OrderFilters) => [...orderKeys.all, 'list', filters] as const,
  detail: (id: string) => [...orderKeys.all, 'detail', id] as const,
  mine: ['portal', 'orders'] as const,
  myList: (status?: OrderStatus, sort?: string) => [...orderKeys.mine, 'list', status ?? null, sort ?? null] as const,
  myDetail: (id: string) => [...orderKeys.mine, 'detail', id] as const,
};

/** The list's filter as the arguments of `listOrders` / `exportOrders` (without cursor and limit). */
export function orderFilterArgs(f: OrderFilters) {
  return [f.status, f.partnerAccountId, f.sort] as const;
}

const nextCursor = (page: OrderListItemDtoKeysetPage) => page.nextCursor || undefined;

export function useOrders(filters: OrderFilters) {
  return useInfiniteQuery({
    queryKey: orderKeys.list(filters),
    queryFn: ({ pageParam }) => api.listOrders(...orderFilterArgs(filters), pageParam, ORDER_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useMyOrders(status?: OrderStatus, sort?: string) {
  return useInfiniteQuery({
    queryKey: orderKeys.myList(status, sort),
    queryFn: ({ pageParam }) => api.listMyOrders(status, sort, pageParam, ORDER_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One order, from the back-office API or (portal) the partner's own. */
export function useOrder(id: string | undefined, portal = false) {
  return useQuery({
    queryKey: portal ? orderKeys.myDetail(id ?? '') : orderKeys.detail(id ?? ''),
    queryFn: () => (portal ? api.getMyOrder(id!) : api.getOrder(id!)),
    enabled: !!id,
  });
}

/** Keeps the page's order as the server returned it and refreshes the lists. */
function useAfterChange(portal: boolean) {
  const queryClient = useQueryClient();
  return (order: OrderDto) => {
    queryClient.setQueryData(portal ? orderKeys.myDetail(order.id) : orderKeys.detail(order.id), order);
    void queryClient.invalidateQueries({ queryKey: portal ? orderKeys.mine : orderKeys.all });
  };
}

/** A change of an order, the same for both surfaces where the API has both. */
function useOrderMutation<T>(portal: boolean, run: (body: T) => Promise<OrderDto>) {
  const afterChange = useAfterChange(portal);
  return useMutation({ mutationFn: run, onSuccess: afterChange });
}

export function useCreateOrder() {
  return useOrderMutation(false, (partnerAccountId: string) => api.createOrder({ partnerAccountId }));
}

export function useCreateMyOrder() {
  return useOrderMutation(true, () => api.createMyOrder());
}

export function useCreateOrderFromOpportunity(opportunityId: string) {
  return useOrderMutation(false, () => api.createOrderFromOpportunity(opportunityId));
}

export function useAddLine(id: string, portal: boolean) {
  return useOrderMutation(portal, (body: { productId: string; quantity: number }) =>
    portal ? api.addMyOrderLine(id, body) : api.addOrderLine(id, body),
  );
}

export interface LineChange {
  lineId: string;
  quantity: number;
  /** Back-office only: an override of the discount, with its reason. */
  discountPercent?: number;
  discountReason?: string;
}

export function useUpdateLine(id: string, portal: boolean) {
  return useOrderMutation(portal, ({ lineId, quantity, discountPercent, discountReason }: LineChange) =>
    portal
      ? api.updateMyOrderLine(id, lineId, { quantity })
      : api.updateOrderLine(id, lineId, { quantity, discountPercent, discountReason }),
  );
}

export function useRemoveLine(id: string, portal: boolean) {
  return useOrderMutation(portal, (lineId: string) =>
    portal ? api.removeMyOrderLine(id, lineId) : api.removeOrderLine(id, lineId),
  );
}

export type OrderAction = 'submit' | 'confirm' | 'deliver' | 'cancel';

export function useOrderAction(id: string, portal: boolean) {
  return useOrderMutation(portal, ({ action, reason }: { action: OrderAction; reason?: string }) => {
    switch (action) {
      case 'submit':
        return portal ? api.submitMyOrder(id) : api.submitOrder(id);
      case 'confirm':
        return api.confirmOrder(id);
      case 'deliver':
        return api.deliverOrder(id);
      case 'cancel':
        return portal ? api.cancelMyOrder(id, { reason }) : api.cancelOrder(id, { reason });
    }
  });
}

/** The product picker's search: the back-office's active products, or the portal's catalogue. */
export function useProductChoices(search: string, portal: boolean) {
  return useQuery({
    queryKey: ['order-products', portal, search],
    queryFn: async () =>
      portal
        ? (await api.listMyProducts(search || undefined, undefined, 20)).items
        : (await api.listProducts(search || undefined, true, undefined, undefined, 20)).items,
    placeholderData: keepPreviousData,
  });
}

/** The price the chosen product would take on this order (and its source), before it is added. */
export function usePriceQuote(accountId: string, productId: string | null, portal: boolean) {
  return useQuery({
    queryKey: ['price-quote', portal, accountId, productId],
    queryFn: () => (portal ? api.resolveMyPrice(productId!) : api.resolvePrice(accountId, productId!)),
    enabled: !!productId,
  });
}
