import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { OrderStatus, PriceSource, type OrderDto, type OrderLineDto, type OrderListItemDto } from '../../api';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const RIGHT = { ...NO_WRAP, textAlign: 'right' } as const;

/** What "Load more" counts. */
export const ORDER_NOUN = ['order', 'orders'] as const;

/** Minor units (cents) from the API → the amount with its currency. */
export const money = (minor: number, currency: string) => formatMoney(minor / 100, currency);

const STATUS_COLORS: Record<OrderStatus, string> = {
  [OrderStatus.Draft]: 'gray',
  [OrderStatus.Submitted]: 'blue',
  [OrderStatus.Confirmed]: 'violet',
  [OrderStatus.Delivered]: 'green',
  [OrderStatus.Cancelled]: 'red',
};

export const STATUS_OPTIONS = Object.values(OrderStatus).map((value) => ({ value, label: humanize(value) }));

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content" data-testid="order-status">
      {humanize(status)}
    </Badge>
  );
}

const SOURCE_LABELS: Record<PriceSource, string> = {
  [PriceSource.PersonalList]: 'Personal price list',
  [PriceSource.LevelList]: 'Level price list',
  [PriceSource.BaseList]: 'Base price list',
  [PriceSource.ProductPrice]: 'Product price',
};

/** Where a price came from, as people read it: "Level price list · Gold prices", or "Product price". */
export function priceSourceText(source: PriceSource, listName?: string | null): string {
  return listName && source !== PriceSource.ProductPrice
    ? `${SOURCE_LABELS[source]} · ${listName}`
    : SOURCE_LABELS[source];
}

/** A percentage as people write it: 10 → "10 %", 12.5 → "12.5 %". */
export const percentText = (value: number) => `${Number(value.toFixed(2))} %`;

interface OrderTableProps {
  items: OrderListItemDto[];
  basePath: string;
  label: string;
  /** Back-office: the partner column. */
  showPartner?: boolean;
}

/** A table of orders (cards on a phone); the number links to the order page. */
export function OrderTable({ items, basePath, label, showPartner }: OrderTableProps) {
  const phone = usePhone();
  if (items.length === 0) return <Text c="dimmed">No orders.</Text>;
  if (phone) {
    return (
      <CardList label={label}>
        {items.map((o) => (
          <ListCard
            key={o.id}
            to={`${basePath}/${o.id}`}
            title={o.number}
            badge={<OrderStatusBadge status={o.status} />}
          >
            {showPartner && o.partnerName && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {o.partnerName}
              </Text>
            )}
            <Text size="sm">
              {money(o.totalMinor, o.currency)} · {o.lineCount} {o.lineCount === 1 ? 'line' : 'lines'}
            </Text>
            <Text size="xs" c="dimmed">
              Created {formatDateTime(o.createdAt)}
            </Text>
          </ListCard>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={showPartner ? 860 : 700}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {showPartner && <Table.Th>Partner</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Lines</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Total</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${o.id}`}>
                  {o.number}
                </Anchor>
              </Table.Td>
              {showPartner && <Table.Td>{o.partnerName ?? '—'}</Table.Td>}
              <Table.Td>
                <OrderStatusBadge status={o.status} />
              </Table.Td>
              <Table.Td style={RIGHT}>{o.lineCount}</Table.Td>
              <Table.Td style={RIGHT}>{money(o.totalMinor, o.currency)}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatDateTime(o.createdAt)}</Table.Td>
              <Table.Td style={NO_WRAP}>{o.submittedAt ? formatDateTime(o.submittedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The line's discount, and when an employee overrode it, the reason (and who, where shown). */
function Discount({ line }: { line: OrderLineDto }) {
  return (
    <Stack gap={0}>
      <Text size="sm" style={NO_WRAP}>
        {percentText(line.discountPercent)}
      </Text>
      {line.discountOverridden && (
        <Text size="xs" c="dimmed" data-testid="discount-override">
          Override (default {percentText(line.defaultDiscountPercent)}): {line.discountOverrideReason}
          {line.discountOverriddenBy ? ` · ${line.discountOverriddenBy}` : ''}
        </Text>
      )}
    </Stack>
  );
}

interface OrderLinesProps {
  order: OrderDto;
  /** The row's actions (edit/remove on a draft). */
  actions?: (line: OrderLineDto) => ReactNode;
}

/** The order's lines with the price's source per line, then the totals; cards on a phone. */
export function OrderLines({ order, actions }: OrderLinesProps) {
  const phone = usePhone();
  const c = order.currency;
  const totals = (
    <Stack gap={2} align="flex-end" data-testid="order-totals">
      <Text size="sm">Subtotal {money(order.subtotalMinor, c)}</Text>
      <Text size="sm">Discount {money(-order.discountMinor, c)}</Text>
      <Text fw={700}>Total {money(order.totalMinor, c)}</Text>
    </Stack>
  );
  if (order.lines.length === 0) return <Text c="dimmed">No lines yet.</Text>;
  if (phone) {
    return (
      <Stack>
        <Stack gap="xs" role="list" aria-label="Order lines">
          {order.lines.map((l) => (
            <Stack
              key={l.id}
              gap={2}
              role="listitem"
              p="sm"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
            >
              <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                {l.productCode} · {l.productName}
              </Text>
              <Text size="sm">
                {l.quantity} × {money(l.unitPriceMinor, c)}
              </Text>
              <Text size="sm">{priceSourceText(l.priceSource, l.priceListName)}</Text>
              <Group gap={4} align="baseline">
                <Text size="sm">Discount</Text>
                <Discount line={l} />
              </Group>
              <Text size="sm" fw={500}>
                Line total {money(l.totalMinor, c)}
              </Text>
              {actions && <Group gap="xs">{actions(l)}</Group>}
            </Stack>
          ))}
        </Stack>
        {totals}
      </Stack>
    );
  }
  return (
    <Stack>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label="Order lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Quantity</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Unit price</Table.Th>
              <Table.Th>Price source</Table.Th>
              <Table.Th>Discount</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Line total</Table.Th>
              {actions && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {l.productCode}
                  </Text>
                  <Text size="sm">{l.productName}</Text>
                </Table.Td>
                <Table.Td style={RIGHT}>{l.quantity}</Table.Td>
                <Table.Td style={RIGHT}>{money(l.unitPriceMinor, c)}</Table.Td>
                <Table.Td>{priceSourceText(l.priceSource, l.priceListName)}</Table.Td>
                <Table.Td>
                  <Discount line={l} />
                </Table.Td>
                <Table.Td style={RIGHT}>{money(l.totalMinor, c)}</Table.Td>
                {actions && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {actions(l)}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {totals}
    </Stack>
  );
}
