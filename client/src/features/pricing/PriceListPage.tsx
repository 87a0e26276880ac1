import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Permission, type PriceListDetailDto, type PriceListLineDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CardList, usePhone } from '../../components/ListCards';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatMoney, toNumber } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { useProductChoices } from '../orders/hooks';
import { usePriceList, useRemovePrice, useSetPrice } from './hooks';
import { KindBadge, listScope, PRICE_LISTS } from './PriceListsPage';

const PRICE_MESSAGE = 'Enter a price of 0 or more.';

/** A price list with its prices; administrators add, change and remove a product's price. */
export default function PriceListPage() {
  const { id = '' } = useParams();
  const list = usePriceList(id);
  const canWrite = useCan(Permission.ProgramWrite);
  const phone = usePhone();
  const [editing, setEditing] = useState<PriceListLineDto | null>(null);
  const [removing, setRemoving] = useState<PriceListLineDto | null>(null);
  const remove = useRemovePrice(id);

  return (
    <QueryState query={list}>
      {(detail) => {
        const l = detail.list;
        const money = (line: PriceListLineDto) => formatMoney(line.priceMinor / 100, detail.currency);
        const actions = (line: PriceListLineDto) =>
          canWrite && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing(line)}
                aria-label={`Change price ${line.productCode}`}
              >
                Change price
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                onClick={() => setRemoving(line)}
                aria-label={`Remove ${line.productCode}`}
              >
                Remove
              </Button>
            </Group>
          );
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={PRICE_LISTS}>
                Price lists
              </Anchor>
              <Text>{l.name}</Text>
            </Breadcrumbs>
            <Group gap="sm" miw={0}>
              <PageTitle style={{ overflowWrap: 'anywhere' }}>{l.name}</PageTitle>
              <KindBadge kind={l.kind} />
            </Group>
            <Text>For: {listScope(l)}</Text>
            <Card withBorder padding="lg">
              <Title order={2} size="h3" mb="sm">
                Prices
              </Title>
              <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
              {detail.lines.length === 0 ? (
                <Text c="dimmed">No prices yet.</Text>
              ) : phone ? (
                <CardList label="Prices">
                  {detail.lines.map((line) => (
                    <Stack
                      key={line.productId}
                      gap={4}
                      role="listitem"
                      p="sm"
                      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
                    >
                      <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {line.productCode} · {line.productName}
                      </Text>
                      <Text size="sm">
                        {money(line)} per {line.unit}
                        {line.productActive ? '' : ' · inactive product'}
                      </Text>
                      {actions(line)}
                    </Stack>
                  ))}
                </CardList>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table striped aria-label="Prices">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Code</Table.Th>
                        <Table.Th>Product</Table.Th>
                        <Table.Th>Unit</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>Price</Table.Th>
                        {canWrite && <Table.Th>Actions</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {detail.lines.map((line) => (
                        <Table.Tr key={line.productId}>
                          <Table.Td>{line.productCode}</Table.Td>
                          <Table.Td>
                            {line.productName}
                            {line.productActive ? '' : ' (inactive)'}
                          </Table.Td>
                          <Table.Td>{line.unit}</Table.Td>
                          <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{money(line)}</Table.Td>
                          {canWrite && <Table.Td>{actions(line)}</Table.Td>}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Card>
            {canWrite && <AddPrice detail={detail} />}
            <Modal opened={!!editing} onClose={() => setEditing(null)} title="Change price">
              {editing && <PriceForm listId={l.id} line={editing} onDone={() => setEditing(null)} />}
            </Modal>
            <ConfirmDialog
              opened={!!removing}
              title="Remove price"
              confirmLabel="Remove"
              color="red"
              loading={remove.isPending}
              onClose={() => setRemoving(null)}
              onConfirm={() =>
                removing &&
                remove.mutate(removing.productId, {
                  onSuccess: () => {
                    setRemoving(null);
                    void list.refetch();
                  },
                })
              }
            >
              {removing ? `${removing.productCode} no longer has a price on ${l.name}.` : ''}
            </ConfirmDialog>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function PriceForm({ listId, line, onDone }: { listId: string; line: PriceListLineDto; onDone: () => void }) {
  const set = useSetPrice(listId);
  const [price, setPrice] = useState<number | string>(line.priceMinor / 100);
  const [error, setError] = useState<string | undefined>();
  const problem = set.error ? toProblem(set.error) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = toNumber(price);
    setError(value === undefined || value < 0 ? PRICE_MESSAGE : undefined);
    if (value !== undefined && value >= 0)
      set.mutate({ productId: line.productId, price: value }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['price']} />
        <Text>
          {line.productCode} · {line.productName}
        </Text>
        <NumberInput
          label="Price"
          min={0}
          decimalScale={2}
          value={price}
          onChange={setPrice}
          error={error ?? fieldError(problem, 'price')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={set.isPending}>
            Save price
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddPrice({ detail }: { detail: PriceListDetailDto }) {
  const set = useSetPrice(detail.list.id);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const products = useProductChoices(debounced.trim(), false);
  const [productId, setProductId] = useState<string | null>(null);
  const [price, setPrice] = useState<number | string>('');
  const [errors, setErrors] = useState<{ product?: string; price?: string }>({});
  const problem = set.error ? toProblem(set.error) : null;
  const priced = new Set(detail.lines.map((l) => l.productId));
  const options = (products.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} · ${p.name}${priced.has(p.id) ? ' (priced)' : ''}`,
  }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = toNumber(price);
    const next = {
      product: productId ? undefined : 'Choose a product.',
      price: value === undefined || value < 0 ? PRICE_MESSAGE : undefined,
    };
    setErrors(next);
    if (next.product || next.price) return;
    set.mutate(
      { productId: productId!, price: value! },
      {
        onSuccess: () => {
          setProductId(null);
          setSearch('');
          setPrice('');
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">
        Add a price
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ProblemAlert problem={problem} fields={['price']} />
          <Group align="flex-start">
            <Select
              label="Product"
              placeholder="Search by code or name"
              searchable
              clearable
              data={options}
              value={productId}
              onChange={setProductId}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              nothingFoundMessage={products.isFetching ? 'Searching…' : 'No product found'}
              error={errors.product}
              w={{ base: '100%', sm: 360 }}
            />
            <NumberInput
              label="Price"
              min={0}
              decimalScale={2}
              value={price}
              onChange={setPrice}
              error={errors.price ?? fieldError(problem, 'price')}
              w={160}
            />
          </Group>
          <Group>
            <Button type="submit" loading={set.isPending}>
              Set price
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
