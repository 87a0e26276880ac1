import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Permission, ProblemCode, type ProductDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { CardList, usePhone } from '../../components/ListCards';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatMoney, optionalText, toNumber } from '../../lib/format';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCan } from '../auth/hooks';
import { LoadMore } from '../leads/display';
import { useDeleteProduct, useProducts, useSaveProduct } from './hooks';

const ACTIVE_OPTIONS = [
  { value: 'all', label: 'All products' },
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
];

const price = (p: ProductDto) => formatMoney(p.basePriceMinor / 100, p.currency);

function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge variant="light" color={active ? 'green' : 'gray'} miw="max-content">
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

/**
 * Back-office "Products": search by a prefix of the code or name and the active flag (both in the URL), keyset paged;
 * administrators (program.write) add, change, deactivate and delete products.
 */
export default function ProductsPage() {
  const [params, update] = useUrlFilters();
  const canWrite = useCan(Permission.ProgramWrite);
  const phone = usePhone();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const activeParam = params.get('active');
  const active = activeParam === 'true' ? true : activeParam === 'false' ? false : undefined;
  const products = useProducts(debounced || undefined, active);
  const [editing, setEditing] = useState<ProductDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ProductDto | null>(null);

  const actions = (p: ProductDto) =>
    canWrite && (
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={`Edit ${p.code}`}>
          Edit
        </Button>
        <Button size="xs" variant="default" color="red" onClick={() => setDeleting(p)} aria-label={`Delete ${p.code}`}>
          Delete
        </Button>
      </Group>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Products</PageTitle>
        {canWrite && <Button onClick={() => setEditing('new')}>New product</Button>}
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search"
          placeholder="Code or name starts with…"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value.trim() || undefined });
          }}
          w={240}
        />
        <Select
          label="Show"
          data={ACTIVE_OPTIONS}
          value={activeParam ?? 'all'}
          onChange={(value) => update({ active: value === 'all' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <QueryState query={products}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <Text c="dimmed">No products.</Text>;
          return (
            <>
              {phone ? (
                <CardList label="Products">
                  {items.map((p) => (
                    <Stack
                      key={p.id}
                      gap={4}
                      role="listitem"
                      p="sm"
                      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
                    >
                      <Group justify="space-between" wrap="nowrap">
                        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {p.code} · {p.name}
                        </Text>
                        <ActiveBadge active={p.isActive} />
                      </Group>
                      <Text size="sm">
                        {price(p)} per {p.unit}
                      </Text>
                      {actions(p)}
                    </Stack>
                  ))}
                </CardList>
              ) : (
                <Table.ScrollContainer minWidth={700}>
                  <Table striped aria-label="Products">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Code</Table.Th>
                        <Table.Th>Name</Table.Th>
                        <Table.Th>Unit</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>Base price</Table.Th>
                        <Table.Th>Status</Table.Th>
                        {canWrite && <Table.Th>Actions</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((p) => (
                        <Table.Tr key={p.id}>
                          <Table.Td>{p.code}</Table.Td>
                          <Table.Td>{p.name}</Table.Td>
                          <Table.Td>{p.unit}</Table.Td>
                          <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{price(p)}</Table.Td>
                          <Table.Td>
                            <ActiveBadge active={p.isActive} />
                          </Table.Td>
                          {canWrite && <Table.Td>{actions(p)}</Table.Td>}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <LoadMore
                shown={items.length}
                noun={['product', 'products']}
                hasNextPage={products.hasNextPage}
                isFetchingNextPage={products.isFetchingNextPage}
                fetchNextPage={products.fetchNextPage}
              />
            </>
          );
        }}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New product' : 'Edit product'}
      >
        {editing !== null && (
          <ProductForm product={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete product">
        {deleting && <DeleteProduct product={deleting} onDone={() => setDeleting(null)} />}
      </Modal>
    </Stack>
  );
}

export function ProductForm({ product, onDone }: { product?: ProductDto; onDone: () => void }) {
  const save = useSaveProduct();
  const [code, setCode] = useState(product?.code ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [unit, setUnit] = useState(product?.unit ?? '');
  const [basePrice, setBasePrice] = useState<number | string>(product ? product.basePriceMinor / 100 : '');
  const [isActive, setIsActive] = useState(product?.isActive ?? true);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const problem = save.error ? toProblem(save.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const amount = toNumber(basePrice);
    const next = {
      code: optionalText(code) ? undefined : 'Enter a code.',
      name: optionalText(name) ? undefined : 'Enter a name.',
      unit: optionalText(unit) ? undefined : 'Enter a unit, such as licence or day.',
      basePrice: amount === undefined || amount < 0 ? 'Enter a base price of 0 or more.' : undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    save.mutate(
      {
        id: product?.id,
        body: { code: code.trim(), name: name.trim(), unit: unit.trim(), basePrice: amount!, isActive },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['code', 'name', 'unit', 'basePrice']} />
        <TextInput
          label="Code"
          withAsterisk
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.code ?? fieldError(problem, 'code')}
          data-autofocus
        />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name ?? fieldError(problem, 'name')}
        />
        <TextInput
          label="Unit"
          withAsterisk
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value)}
          error={errors.unit ?? fieldError(problem, 'unit')}
        />
        <NumberInput
          label="Base price"
          withAsterisk
          min={0}
          decimalScale={2}
          value={basePrice}
          onChange={setBasePrice}
          error={errors.basePrice ?? fieldError(problem, 'basePrice')}
        />
        {product && (
          <Checkbox
            label="Active (inactive products cannot be ordered)"
            checked={isActive}
            onChange={(e) => setIsActive(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {product ? 'Save product' : 'Create product'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deletes a product no price list names; one in use (409 product_in_use) can be deactivated from here instead. */
function DeleteProduct({ product, onDone }: { product: ProductDto; onDone: () => void }) {
  const remove = useDeleteProduct();
  const save = useSaveProduct();
  const problem = remove.error ? toProblem(remove.error) : null;
  const inUse = problem?.code === ProblemCode.ProductInUse;
  return (
    <Stack>
      {inUse ? (
        <Stack gap="xs" role="alert">
          <Text fw={700}>{product.code} is in use and cannot be deleted.</Text>
          <Text>{problem?.detail ?? 'A price list names it.'}</Text>
          <Text>Deactivate it: it stays on its price lists and orders, but can no longer be ordered.</Text>
        </Stack>
      ) : (
        <>
          <ProblemAlert problem={problem} />
          <Text>
            {product.code} · {product.name} is deleted.
          </Text>
        </>
      )}
      <ProblemAlert problem={save.error ? toProblem(save.error) : null} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        {inUse ? (
          product.isActive && (
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  {
                    id: product.id,
                    body: {
                      code: product.code,
                      name: product.name,
                      unit: product.unit,
                      basePrice: product.basePriceMinor / 100,
                      isActive: false,
                    },
                  },
                  { onSuccess: onDone },
                )
              }
            >
              Deactivate instead
            </Button>
          )
        ) : (
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(product.id, { onSuccess: onDone })}
            data-autofocus
          >
            Delete
          </Button>
        )}
      </Group>
    </Stack>
  );
}
