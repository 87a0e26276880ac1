import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PriceListKind } from '../../api';

export type CreateProductBody = Parameters<typeof api.createProduct>[0];
export type UpdateProductBody = Parameters<typeof api.updateProduct>[1];
export type CreatePriceListBody = Parameters<typeof api.createPriceList>[0];

export const PRICING_PAGE_SIZE = 25;

export const pricingKeys = {
  products: ['products'] as const,
  productList: (search?: string, active?: boolean) =>
    [...pricingKeys.products, 'list', search ?? null, active ?? null] as const,
  lists: ['price-lists'] as const,
  listList: (kind?: PriceListKind) => [...pricingKeys.lists, 'list', kind ?? null] as const,
  list: (id: string) => [...pricingKeys.lists, 'detail', id] as const,
};

export function useProducts(search?: string, active?: boolean) {
  return useInfiniteQuery({
    queryKey: pricingKeys.productList(search, active),
    queryFn: ({ pageParam }) => api.listProducts(search, active, undefined, pageParam, PRICING_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor || undefined,
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: pricingKeys.products });
    void queryClient.invalidateQueries({ queryKey: pricingKeys.lists });
  };
}

export function useSaveProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: UpdateProductBody }) =>
      id === undefined ? api.createProduct(body) : api.updateProduct(id, body),
    onSuccess: invalidate,
  });
}

export function useDeleteProduct() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api.deleteProduct(id), onSuccess: invalidate });
}

export function usePriceLists(kind?: PriceListKind) {
  return useInfiniteQuery({
    queryKey: pricingKeys.listList(kind),
    queryFn: ({ pageParam }) => api.listPriceLists(kind, undefined, undefined, undefined, pageParam, PRICING_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor || undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePriceList(id: string | undefined) {
  return useQuery({ queryKey: pricingKeys.list(id ?? ''), queryFn: () => api.getPriceList(id!), enabled: !!id });
}

export function useCreatePriceList() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreatePriceListBody) => api.createPriceList(body), onSuccess: invalidate });
}

export function useSetPrice(listId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, price }: { productId: string; price: number }) =>
      api.setPriceListLine(listId, productId, { price }),
    onSuccess: (detail) => {
      queryClient.setQueryData(pricingKeys.list(listId), detail);
      void queryClient.invalidateQueries({ queryKey: pricingKeys.lists });
    },
  });
}

export function useRemovePrice(listId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) => api.deletePriceListLine(listId, productId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pricingKeys.lists }),
  });
}
