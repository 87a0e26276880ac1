import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { OrderStatus, type OrderDto, type OrderLineDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, optionalText, toNumber } from '../../lib/format';
import { money, OrderLines, OrderStatusBadge, percentText, priceSourceText } from './display';
import {
  useAddLine,
  useOrderAction,
  usePriceQuote,
  useProductChoices,
  useRemoveLine,
  useUpdateLine,
  type OrderAction,
} from './hooks';

/** The most a line may order (the API's limit). */
export const MAX_QUANTITY = 10_000;

const QUANTITY_MESSAGE = `Enter a whole quantity from 1 to ${MAX_QUANTITY.toLocaleString('en-US')}.`;

function quantityError(value: number | undefined): string | null {
  return value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_QUANTITY ? QUANTITY_MESSAGE : null;
}

interface OrderViewProps {
  order: OrderDto;
  /** The partner's own order on the portal (its API; no partner column, no confirm/deliver, no discount override). */
  portal?: boolean;
  /** May change the order: always on the portal; partners.write in the back-office. */
  canWrite: boolean;
  listPath: string;
}

/** Which status actions the order's status allows on this surface. */
export function allowedActions(status: OrderStatus, portal: boolean): OrderAction[] {
  switch (status) {
    case OrderStatus.Draft:
      return ['submit', 'cancel'];
    case OrderStatus.Submitted:
      return portal ? ['cancel'] : ['confirm', 'cancel'];
    case OrderStatus.Confirmed:
      return portal ? [] : ['deliver', 'cancel'];
    default:
      return [];
  }
}

const ACTION_LABELS: Record<OrderAction, string> = {
  submit: 'Submit order',
  confirm: 'Confirm',
  deliver: 'Mark delivered',
  cancel: 'Cancel order',
};

/** An order page (back-office and portal): facts, status actions, lines with their price source, a draft's editing, history. */
export function OrderView({ order: o, portal = false, canWrite, listPath }: OrderViewProps) {
  const draft = o.status === OrderStatus.Draft;
  const editable = canWrite && draft;
  const action = useOrderAction(o.id, portal);
  const remove = useRemoveLine(o.id, portal);
  const [cancelling, setCancelling] = useState(false);
  const [editing, setEditing] = useState<OrderLineDto | null>(null);
  const [removing, setRemoving] = useState<OrderLineDto | null>(null);
  const actions = canWrite ? allowedActions(o.status, portal) : [];

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={listPath}>
          Orders
        </Anchor>
        <Text>{o.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" miw={0}>
          <PageTitle>Order {o.number}</PageTitle>
          <OrderStatusBadge status={o.status} />
        </Group>
        {actions.length > 0 && (
          <Group gap="xs">
            {actions
              .filter((a) => a !== 'cancel')
              .map((a) => (
                <Button
                  key={a}
                  onClick={() => action.mutate({ action: a })}
                  loading={action.isPending && action.variables?.action === a}
                  disabled={a === 'submit' && o.lines.length === 0}
                >
                  {ACTION_LABELS[a]}
                </Button>
              ))}
            {actions.includes('cancel') && (
              <Button variant="default" color="red" onClick={() => setCancelling(true)}>
                Cancel order
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!cancelling && <ProblemAlert problem={action.error ? toProblem(action.error) : null} />}
      {draft && canWrite && o.lines.length === 0 && (
        <Text c="dimmed">Add at least one product before you submit the order.</Text>
      )}
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {!portal && <Fact label="Partner">{o.partnerName ?? '—'}</Fact>}
          <Fact label="Total">{money(o.totalMinor, o.currency)}</Fact>
          <Fact label="Created">{formatDateTime(o.createdAt)}</Fact>
          <Fact label="Submitted">{o.submittedAt ? formatDateTime(o.submittedAt) : '—'}</Fact>
          {o.opportunityId && (
            <Fact label="From opportunity">
              <Anchor component={Link} to={`${portal ? '/portal' : ''}/opportunities/${o.opportunityId}`}>
                Open the opportunity
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="sm">
          Lines
        </Title>
        <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
        <OrderLines
          order={o}
          actions={
            editable
              ? (line) => (
                  <>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(line)}
                      aria-label={`Edit ${line.productCode}`}
                    >
                      Edit
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
                  </>
                )
              : undefined
          }
        />
      </Card>
      {editable && <AddLine order={o} portal={portal} />}
      <HistoryCard events={o.history} />
      <Modal opened={!!editing} onClose={() => setEditing(null)} title="Change line">
        {editing && <LineForm order={o} line={editing} portal={portal} onDone={() => setEditing(null)} />}
      </Modal>
      <ConfirmDialog
        opened={!!removing}
        title="Remove line"
        confirmLabel="Remove"
        color="red"
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      >
        {removing ? `${removing.productCode} · ${removing.productName} is removed from the order.` : ''}
      </ConfirmDialog>
      <Modal opened={cancelling} onClose={() => setCancelling(false)} title="Cancel order">
        <CancelForm order={o} portal={portal} onDone={() => setCancelling(false)} />
      </Modal>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The product picker: search, choose, see the price the order would take and where it comes from, then add. */
function AddLine({ order, portal }: { order: OrderDto; portal: boolean }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [productId, setProductId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [errors, setErrors] = useState<{ product?: string; quantity?: string }>({});
  const products = useProductChoices(debounced.trim(), portal);
  const quote = usePriceQuote(order.partnerAccountId, productId, portal);
  const add = useAddLine(order.id, portal);
  const problem = add.error ? toProblem(add.error) : null;
  const quoteProblem = quote.error ? toProblem(quote.error) : null;
  const options = (products.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = toNumber(quantity);
    const next = {
      product: productId ? undefined : 'Choose a product.',
      quantity: quantityError(q) ?? undefined,
    };
    setErrors(next);
    if (next.product || next.quantity || !productId) return;
    add.mutate(
      { productId, quantity: q! },
      {
        onSuccess: () => {
          setProductId(null);
          setSearch('');
          setQuantity(1);
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">
        Add a product
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ProblemAlert problem={problem} fields={['productId', 'quantity']} />
          <Group align="flex-start">
            <Select
              label="Product"
              placeholder="Search by code or name"
              searchable
              clearable
              data={options}
              value={productId}
              onChange={(value) => {
                setProductId(value);
                setErrors((e) => ({ ...e, product: undefined }));
              }}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              nothingFoundMessage={products.isFetching ? 'Searching…' : 'No product found'}
              error={errors.product ?? fieldError(problem, 'productId')}
              w={{ base: '100%', sm: 360 }}
            />
            <NumberInput
              label="Quantity"
              min={1}
              max={MAX_QUANTITY}
              allowDecimal={false}
              value={quantity}
              onChange={setQuantity}
              error={errors.quantity ?? fieldError(problem, 'quantity')}
              w={140}
            />
          </Group>
          {productId && (
            <Stack gap={2} data-testid="price-quote" aria-live="polite">
              {quote.isLoading && <Text size="sm">Finding your price…</Text>}
              {quote.data && (
                <>
                  <Text>
                    Unit price <strong>{money(quote.data.priceMinor, quote.data.currency)}</strong> ·{' '}
                    {priceSourceText(quote.data.source, quote.data.priceListName)}
                  </Text>
                  {quote.data.defaultDiscountPercent !== undefined && quote.data.defaultDiscountPercent !== null && (
                    <Text size="sm" c="dimmed">
                      Discount {percentText(quote.data.defaultDiscountPercent)} (
                      {portal ? 'your margin' : "the partner's margin"})
                    </Text>
                  )}
                </>
              )}
              <ProblemAlert problem={quoteProblem} />
            </Stack>
          )}
          <Group>
            <Button type="submit" loading={add.isPending} disabled={!!quoteProblem}>
              Add to order
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A draft line's quantity; in the back-office also its discount, which needs a reason when it is overridden (D6). */
function LineForm({
  order,
  line,
  portal,
  onDone,
}: {
  order: OrderDto;
  line: OrderLineDto;
  portal: boolean;
  onDone: () => void;
}) {
  const update = useUpdateLine(order.id, portal);
  const [quantity, setQuantity] = useState<number | string>(line.quantity);
  const [discount, setDiscount] = useState<number | string>(line.discountPercent);
  const [reason, setReason] = useState(line.discountOverrideReason ?? '');
  const [errors, setErrors] = useState<{ quantity?: string; discount?: string; reason?: string }>({});
  const problem = update.error ? toProblem(update.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = toNumber(quantity);
    const d = toNumber(discount);
    const discountChanged = !portal && d !== line.discountPercent;
    const next = {
      quantity: quantityError(q) ?? undefined,
      discount: !portal && (d === undefined || d < 0 || d > 100) ? 'Enter a discount from 0 to 100 %.' : undefined,
      reason: discountChanged && !optionalText(reason) ? 'Say why the discount is overridden.' : undefined,
    };
    setErrors(next);
    if (next.quantity || next.discount || next.reason) return;
    update.mutate(
      discountChanged
        ? { lineId: line.id, quantity: q!, discountPercent: d, discountReason: optionalText(reason) }
        : { lineId: line.id, quantity: q! },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['quantity', 'discountPercent', 'discountReason']} />
        <Text>
          {line.productCode} · {line.productName}: {money(line.unitPriceMinor, order.currency)} (
          {priceSourceText(line.priceSource, line.priceListName)})
        </Text>
        <NumberInput
          label="Quantity"
          min={1}
          max={MAX_QUANTITY}
          allowDecimal={false}
          value={quantity}
          onChange={setQuantity}
          error={errors.quantity ?? fieldError(problem, 'quantity')}
          data-autofocus
        />
        {!portal && (
          <>
            <NumberInput
              label="Discount %"
              description={`The partner's margin: ${percentText(line.defaultDiscountPercent)}`}
              min={0}
              max={100}
              decimalScale={2}
              value={discount}
              onChange={setDiscount}
              error={errors.discount ?? fieldError(problem, 'discountPercent')}
            />
            <Textarea
              label="Reason for the discount override"
              description="Required when you change the discount."
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason ?? fieldError(problem, 'discountReason')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save line
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelForm({ order, portal, onDone }: { order: OrderDto; portal: boolean; onDone: () => void }) {
  const action = useOrderAction(order.id, portal);
  const [reason, setReason] = useState('');
  const problem = action.error ? toProblem(action.error) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate({ action: 'cancel', reason: optionalText(reason) }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['reason']} />
        <Text>Order {order.number} is cancelled; this cannot be undone.</Text>
        <Textarea
          label="Reason (optional)"
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(problem, 'reason')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep order
          </Button>
          <Button type="submit" color="red" loading={action.isPending}>
            Cancel order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
