import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  OpportunityStage,
  OrderStatus,
  PriceSource,
  type CurrentUserDto,
  type OpportunityDto,
  type OrderDto,
  type OrderLineDto,
  type OrderListItemDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import OpportunityPage from '../opportunities/OpportunityPage';
import OrderPage from './OrderPage';
import OrdersPage from './OrdersPage';
import PortalOrderPage from './PortalOrderPage';
import PortalOrdersPage from './PortalOrdersPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
      listOrders: vi.fn(),
      exportOrders: vi.fn(),
      getOrder: vi.fn(),
      createOrder: vi.fn(),
      addOrderLine: vi.fn(),
      updateOrderLine: vi.fn(),
      removeOrderLine: vi.fn(),
      submitOrder: vi.fn(),
      confirmOrder: vi.fn(),
      deliverOrder: vi.fn(),
      cancelOrder: vi.fn(),
      createOrderFromOpportunity: vi.fn(),
      listMyOrders: vi.fn(),
      getMyOrder: vi.fn(),
      createMyOrder: vi.fn(),
      addMyOrderLine: vi.fn(),
      updateMyOrderLine: vi.fn(),
      removeMyOrderLine: vi.fn(),
      submitMyOrder: vi.fn(),
      cancelMyOrder: vi.fn(),
      listProducts: vi.fn(),
      resolvePrice: vi.fn(),
      listMyProducts: vi.fn(),
      resolveMyPrice: vi.fn(),
      getOpportunity: vi.fn(),
    },
  };
});

function item(id: string, number: string, overrides: Partial<OrderListItemDto> = {}): OrderListItemDto {
  return {
    id,
    number,
    status: OrderStatus.Submitted,
    partnerAccountId: 'acc-nw',
    partnerName: 'Northwind Traders',
    currency: 'EUR',
    subtotalMinor: 100000,
    totalMinor: 90000,
    total: 900,
    lineCount: 2,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

function line(overrides: Partial<OrderLineDto> = {}): OrderLineDto {
  return {
    id: 'line-1',
    productId: 'prod-1',
    productCode: 'CRM-SEAT',
    productName: 'CRM seat',
    quantity: 3,
    unitPriceMinor: 4250,
    unitPrice: 42.5,
    priceSource: PriceSource.LevelList,
    priceListId: 'pl-gold',
    priceListName: 'Gold prices',
    defaultDiscountPercent: 10,
    discountPercent: 10,
    discountOverridden: false,
    totalMinor: 11475,
    total: 114.75,
    ...overrides,
  };
}

function order(overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    id: 'ord-1',
    number: 'ORD-000042',
    status: OrderStatus.Draft,
    partnerAccountId: 'acc-nw',
    partnerName: 'Northwind Traders',
    currency: 'EUR',
    subtotalMinor: 12750 + 5000,
    discountMinor: 1275 + 1000,
    totalMinor: 11475 + 4000,
    subtotal: 177.5,
    discount: 22.75,
    total: 154.75,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    lines: [
      line(),
      line({
        id: 'line-2',
        productId: 'prod-2',
        productCode: 'SUPPORT',
        productName: 'Support plan',
        quantity: 1,
        unitPriceMinor: 5000,
        priceSource: PriceSource.ProductPrice,
        priceListId: undefined,
        priceListName: undefined,
        discountPercent: 20,
        discountOverridden: true,
        discountOverrideReason: 'Launch deal',
        discountOverriddenBy: 'Paula Manager',
        totalMinor: 4000,
      }),
    ],
    history: [{ id: 'h-1', at: '2026-11-01T10:00:00Z', what: 'Created', status: OrderStatus.Draft, byPartner: false }],
    ...overrides,
  };
}

function signIn(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
}

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(route: string) {
  return renderWithProviders(
    <>
      <Routes>
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/orders/:id" element={<OrderPage />} />
        <Route path="/portal/orders" element={<PortalOrdersPage />} />
        <Route path="/portal/orders/:id" element={<PortalOrderPage />} />
        <Route path="/opportunities/:id" element={<OpportunityPage />} />
      </Routes>
      <Location />
    </>,
    { route },
  );
}

async function onPhone(run: () => Promise<void>) {
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: true })) as typeof window.matchMedia;
  try {
    await run();
  } finally {
    window.matchMedia = matchMedia;
  }
}

const WRITE_BUTTONS = ['New order', 'Submit order', 'Confirm', 'Mark delivered', 'Cancel order', 'Edit', 'Remove'];

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
  vi.mocked(api.getAccount).mockResolvedValue({ id: 'acc-nw', name: 'Northwind Traders' } as never);
  vi.mocked(api.listProducts).mockResolvedValue({
    items: [
      {
        id: 'prod-3',
        code: 'ANALYTICS',
        name: 'Analytics add-on',
        unit: 'pcs',
        basePriceMinor: 9900,
        basePrice: 99,
        currency: 'EUR',
        isActive: true,
      },
    ],
  });
  vi.mocked(api.listMyProducts).mockResolvedValue({
    items: [{ id: 'prod-3', code: 'ANALYTICS', name: 'Analytics add-on', unit: 'pcs' }],
  });
  const quote = {
    accountId: 'acc-nw',
    productId: 'prod-3',
    productCode: 'ANALYTICS',
    priceMinor: 7990,
    price: 79.9,
    currency: 'EUR',
    source: PriceSource.LevelList,
    priceListId: 'pl-gold',
    priceListName: 'Gold prices',
    defaultDiscountPercent: 10,
  };
  vi.mocked(api.resolvePrice).mockResolvedValue(quote);
  vi.mocked(api.resolveMyPrice).mockResolvedValue(quote);
});

describe('back-office orders list', () => {
  it('reads status, partner and sort from the URL, pages with the next cursor and offers the CSV export', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listOrders).mockImplementation(async (...args) =>
      args[3] === 'cursor-2'
        ? { items: [item('ord-3', 'ORD-000003')] }
        : { items: [item('ord-1', 'ORD-000001'), item('ord-2', 'ORD-000002')], nextCursor: 'cursor-2' },
    );
    renderAt('/orders?status=Submitted&partner=acc-nw&sort=-total');
    expect(await screen.findByRole('link', { name: 'ORD-000001' })).toBeInTheDocument();
    expect(api.listOrders).toHaveBeenLastCalledWith(OrderStatus.Submitted, 'acc-nw', '-total', undefined, 25);
    const table = screen.getByRole('table', { name: 'Orders' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /ORD-000001.*Northwind Traders.*Submitted.*2.*900\.00 EUR/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'ORD-000003' })).toBeInTheDocument();
    expect(api.listOrders).toHaveBeenLastCalledWith(OrderStatus.Submitted, 'acc-nw', '-total', 'cursor-2', 25);
    expect(screen.getByText('3 orders shown')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New order' })).toBeInTheDocument();
  });

  it('keeps the status filter in the URL', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listOrders).mockResolvedValue({ items: [item('ord-1', 'ORD-000001')] });
    renderAt('/orders');
    expect(await screen.findByRole('link', { name: 'ORD-000001' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Delivered' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/orders?status=Delivered'));
    await waitFor(() =>
      expect(api.listOrders).toHaveBeenLastCalledWith(OrderStatus.Delivered, undefined, '-createdAt', undefined, 25),
    );
  });

  it('shows cards instead of the table on a phone', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listOrders).mockResolvedValue({ items: [item('ord-1', 'ORD-000001')] });
    await onPhone(async () => {
      renderAt('/orders');
      const cards = await screen.findByRole('list', { name: 'Orders' });
      expect(within(cards).getByRole('listitem')).toHaveTextContent(
        /ORD-000001.*Submitted.*Northwind Traders.*900\.00 EUR/,
      );
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
  });

  it('asks for the partner before creating a draft order', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listOrders).mockResolvedValue({ items: [] });
    renderAt('/orders');
    await userEvent.click(await screen.findByRole('button', { name: 'New order' }));
    const dialog = await screen.findByRole('dialog', { name: 'New order' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create draft order' }));
    expect(await within(dialog).findByText('Choose the partner the order is for.')).toBeInTheDocument();
    expect(api.createOrder).not.toHaveBeenCalled();
  });
});

describe('back-office order page', () => {
  it('shows each line with its price source, the override reason and the totals', async () => {
    signIn(financeUser);
    vi.mocked(api.getOrder).mockResolvedValue(order());
    renderAt('/orders/ord-1');
    const table = await screen.findByRole('table', { name: 'Order lines' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/Product.*Quantity.*Unit price.*Price source.*Discount.*Line total/);
    expect(rows[1]).toHaveTextContent(/CRM-SEAT.*3.*42\.50 EUR.*Level price list · Gold prices.*10 %.*114\.75 EUR/);
    expect(rows[2]).toHaveTextContent(/SUPPORT.*Product price.*20 %.*Launch deal.*Paula Manager.*40\.00 EUR/);
    expect(screen.getByTestId('order-totals')).toHaveTextContent(
      /Subtotal 177\.50 EUR.*Discount −22\.75 EUR.*Total 154\.75 EUR/,
    );
  });

  it('Finance (partners.read only) sees the list and the order but no button that changes them', async () => {
    signIn(financeUser);
    vi.mocked(api.listOrders).mockResolvedValue({ items: [item('ord-1', 'ORD-000001')] });
    const { unmount } = renderAt('/orders');
    expect(await screen.findByRole('link', { name: 'ORD-000001' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    for (const name of WRITE_BUTTONS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    unmount();
    vi.mocked(api.getOrder).mockResolvedValue(order());
    renderAt('/orders/ord-1');
    expect(await screen.findByRole('table', { name: 'Order lines' })).toBeInTheDocument();
    for (const name of WRITE_BUTTONS)
      expect(screen.queryByRole('button', { name: new RegExp(`^${name}`) })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a product' })).not.toBeInTheDocument();
  });

  it('shows the status actions the status allows', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getOrder).mockResolvedValue(order({ status: OrderStatus.Submitted }));
    vi.mocked(api.confirmOrder).mockImplementation(async () => {
      vi.mocked(api.getOrder).mockResolvedValue(order({ status: OrderStatus.Confirmed }));
      return order({ status: OrderStatus.Confirmed });
    });
    renderAt('/orders/ord-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.confirmOrder).toHaveBeenCalledWith('ord-1'));
    expect(await screen.findByRole('button', { name: 'Mark delivered' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit order' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('overrides a discount only with a reason', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getOrder).mockResolvedValue(order());
    vi.mocked(api.updateOrderLine).mockResolvedValue(order());
    renderAt('/orders/ord-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit CRM-SEAT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change line' });
    const discount = within(dialog).getByRole('textbox', { name: /Discount %/ });
    await userEvent.clear(discount);
    await userEvent.type(discount, '15');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save line' }));
    expect(await within(dialog).findByText('Say why the discount is overridden.')).toBeInTheDocument();
    expect(api.updateOrderLine).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Competitive offer');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save line' }));
    await waitFor(() =>
      expect(api.updateOrderLine).toHaveBeenCalledWith('ord-1', 'line-1', {
        quantity: 3,
        discountPercent: 15,
        discountReason: 'Competitive offer',
      }),
    );
  });

  it('refuses a quantity out of range before asking the server', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getOrder).mockResolvedValue(order());
    renderAt('/orders/ord-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit CRM-SEAT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change line' });
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Quantity' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save line' }));
    expect(await within(dialog).findByText('Enter a whole quantity from 1 to 10,000.')).toBeInTheDocument();
    expect(api.updateOrderLine).not.toHaveBeenCalled();
  });

  it('a won partner opportunity becomes an order for writers only', async () => {
    const won: OpportunityDto = {
      id: 'opp-1',
      name: 'Fabrikam CRM rollout',
      stage: OpportunityStage.ClosedWon,
      customer: 'Fabrikam',
      amountMinor: 1250000,
      amount: 12500,
      currency: 'EUR',
      partnerAccountId: 'acc-nw',
      partnerName: 'Northwind Traders',
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-02T10:00:00Z',
      closedAt: '2026-11-02T10:00:00Z',
      fundCreditMinor: 0,
      fundCredit: 0,
      history: [],
    };
    vi.mocked(api.getOpportunity).mockResolvedValue(won);
    signIn(financeUser);
    const { unmount } = renderAt('/opportunities/opp-1');
    expect(await screen.findByRole('heading', { name: 'Fabrikam CRM rollout' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create order' })).not.toBeInTheDocument();
    unmount();
    signIn(partnerManagerUser);
    vi.mocked(api.createOrderFromOpportunity).mockResolvedValue(order({ id: 'ord-7', opportunityId: 'opp-1' }));
    vi.mocked(api.getOrder).mockResolvedValue(order({ id: 'ord-7', opportunityId: 'opp-1' }));
    renderAt('/opportunities/opp-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Create order' }));
    await waitFor(() => expect(api.createOrderFromOpportunity).toHaveBeenCalledWith('opp-1'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/orders/ord-7'));
  });
});

describe('portal orders', () => {
  beforeEach(() => signIn(portalUser));

  it('starts a draft order and opens it', async () => {
    vi.mocked(api.listMyOrders).mockResolvedValue({ items: [item('ord-1', 'ORD-000001')] });
    vi.mocked(api.createMyOrder).mockResolvedValue(order({ id: 'ord-9', lines: [] }));
    vi.mocked(api.getMyOrder).mockResolvedValue(order({ id: 'ord-9', lines: [] }));
    renderAt('/portal/orders');
    const table = await screen.findByRole('table', { name: 'Your orders' });
    expect(within(table).queryByText('Northwind Traders')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New order' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/portal/orders/ord-9'));
    expect(await screen.findByText('No lines yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit order' })).toBeDisabled();
  });

  it('shows the partner its price and where it comes from before adding the product', async () => {
    vi.mocked(api.getMyOrder).mockResolvedValue(order({ lines: [] }));
    vi.mocked(api.addMyOrderLine).mockResolvedValue(order());
    renderAt('/portal/orders/ord-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Add to order' }));
    expect(await screen.findByText('Choose a product.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Product' }));
    await userEvent.click(await screen.findByRole('option', { name: 'ANALYTICS · Analytics add-on' }));
    const quote = await screen.findByTestId('price-quote');
    await waitFor(() => expect(quote).toHaveTextContent(/Unit price 79\.90 EUR · Level price list · Gold prices/));
    expect(quote).toHaveTextContent('Discount 10 % (your margin)');
    expect(api.resolveMyPrice).toHaveBeenCalledWith('prod-3');
    expect(api.resolvePrice).not.toHaveBeenCalled();
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Add to order' }));
    await waitFor(() => expect(api.addMyOrderLine).toHaveBeenCalledWith('ord-1', { productId: 'prod-3', quantity: 4 }));
  });

  it('a partner changes only the quantity, submits, and cancels a submitted order but never confirms it', async () => {
    vi.mocked(api.getMyOrder).mockResolvedValue(order());
    vi.mocked(api.updateMyOrderLine).mockResolvedValue(order());
    vi.mocked(api.submitMyOrder).mockImplementation(async () => {
      vi.mocked(api.getMyOrder).mockResolvedValue(order({ status: OrderStatus.Submitted }));
      return order({ status: OrderStatus.Submitted });
    });
    vi.mocked(api.cancelMyOrder).mockResolvedValue(order({ status: OrderStatus.Cancelled }));
    renderAt('/portal/orders/ord-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit CRM-SEAT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change line' });
    expect(within(dialog).queryByRole('textbox', { name: /Discount/ })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save line' }));
    await waitFor(() => expect(api.updateMyOrderLine).toHaveBeenCalledWith('ord-1', 'line-1', { quantity: 3 }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit order' }));
    await waitFor(() => expect(api.submitMyOrder).toHaveBeenCalledWith('ord-1'));
    expect(await screen.findByRole('button', { name: 'Cancel order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    const cancel = await screen.findByRole('dialog', { name: 'Cancel order' });
    await userEvent.type(within(cancel).getByRole('textbox', { name: /Reason/ }), 'Ordered twice');
    await userEvent.click(within(cancel).getByRole('button', { name: 'Cancel order' }));
    await waitFor(() => expect(api.cancelMyOrder).toHaveBeenCalledWith('ord-1', { reason: 'Ordered twice' }));
  });
});
