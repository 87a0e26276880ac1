import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, PriceListKind, type CurrentUserDto, type PriceListDetailDto, type ProductDto } from '../../api';
import { adminUser, financeUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import PriceListPage from './PriceListPage';
import PriceListsPage from './PriceListsPage';
import ProductsPage from './ProductsPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
      listPartnerTypes: vi.fn(),
      listPartnerLevels: vi.fn(),
      listProducts: vi.fn(),
      createProduct: vi.fn(),
      updateProduct: vi.fn(),
      deleteProduct: vi.fn(),
      listPriceLists: vi.fn(),
      getPriceList: vi.fn(),
      createPriceList: vi.fn(),
      setPriceListLine: vi.fn(),
      deletePriceListLine: vi.fn(),
    },
  };
});

const crm: ProductDto = {
  id: 'prod-1',
  code: 'CRM-PRO',
  name: 'CRM Professional',
  unit: 'licence',
  basePriceMinor: 120000,
  basePrice: 1200,
  currency: 'EUR',
  isActive: true,
};

const bronze: PriceListDetailDto = {
  list: {
    id: 'pl-1',
    name: 'Partner Bronze',
    kind: PriceListKind.Level,
    partnerLevelId: 'lvl-1',
    partnerLevelName: 'Bronze',
    lineCount: 1,
  },
  currency: 'EUR',
  lines: [
    {
      productId: 'prod-1',
      productCode: 'CRM-PRO',
      productName: 'CRM Professional',
      unit: 'licence',
      productActive: true,
      priceMinor: 114000,
      price: 1140,
    },
  ],
};

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
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/price-lists" element={<PriceListsPage />} />
        <Route path="/price-lists/:id" element={<PriceListPage />} />
      </Routes>
      <Location />
    </>,
    { route },
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listProducts).mockResolvedValue({ items: [crm] });
  vi.mocked(api.listPriceLists).mockResolvedValue({ items: [bronze.list] });
  vi.mocked(api.getPriceList).mockResolvedValue(bronze);
  vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
  vi.mocked(api.listPartnerTypes).mockResolvedValue([{ id: 'type-1', name: 'Reseller', levelCount: 1 }]);
  vi.mocked(api.listPartnerLevels).mockResolvedValue([
    { id: 'lvl-1', partnerTypeId: 'type-1', name: 'Bronze', number: 1, targetScore: 50, parameters: [] },
  ]);
});

describe('products', () => {
  it('program.read sees the products read-only', async () => {
    signIn(financeUser);
    renderAt('/products');
    const table = await screen.findByRole('table', { name: 'Products' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /CRM-PRO.*CRM Professional.*licence.*1,200\.00 EUR.*Active/,
    );
    for (const name of ['New product', /^Edit/, /^Delete/])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('searches by the URL and the search box', async () => {
    signIn(adminUser);
    renderAt('/products?active=true');
    await screen.findByRole('table', { name: 'Products' });
    expect(api.listProducts).toHaveBeenLastCalledWith(undefined, true, undefined, undefined, 25);
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'crm');
    await waitFor(() => expect(api.listProducts).toHaveBeenLastCalledWith('crm', true, undefined, undefined, 25));
    expect(screen.getByTestId('location')).toHaveTextContent('/products?active=true&q=crm');
  });

  it('an administrator creates a product, told what is missing first', async () => {
    signIn(adminUser);
    vi.mocked(api.createProduct).mockResolvedValue(crm);
    renderAt('/products');
    await userEvent.click(await screen.findByRole('button', { name: 'New product' }));
    const dialog = await screen.findByRole('dialog', { name: 'New product' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create product' }));
    expect(within(dialog).getByText('Enter a code.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a unit, such as licence or day.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a base price of 0 or more.')).toBeInTheDocument();
    expect(api.createProduct).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Code/ }), 'IMPL-DAY');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Implementation day');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Unit/ }), 'day');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Base price/ }), '950');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create product' }));
    await waitFor(() =>
      expect(api.createProduct).toHaveBeenCalledWith({
        code: 'IMPL-DAY',
        name: 'Implementation day',
        unit: 'day',
        basePrice: 950,
        isActive: true,
      }),
    );
  });

  it('a product in use (409 product_in_use) is not deleted and can be deactivated instead', async () => {
    signIn(adminUser);
    vi.mocked(api.deleteProduct).mockRejectedValue({
      status: 409,
      title: 'Conflict',
      code: 'product_in_use',
      detail: 'CRM-PRO has a price on 2 price list(s); deactivate it instead of deleting it.',
    });
    vi.mocked(api.updateProduct).mockResolvedValue({ ...crm, isActive: false });
    renderAt('/products');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete CRM-PRO' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete product' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('CRM-PRO is in use and cannot be deleted.');
    expect(alert).toHaveTextContent('has a price on 2 price list(s)');
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate instead' }));
    await waitFor(() =>
      expect(api.updateProduct).toHaveBeenCalledWith('prod-1', {
        code: 'CRM-PRO',
        name: 'CRM Professional',
        unit: 'licence',
        basePrice: 1200,
        isActive: false,
      }),
    );
  });
});

describe('price lists', () => {
  it('filters by kind from the URL; program.read cannot add one', async () => {
    signIn(financeUser);
    renderAt('/price-lists?kind=Level');
    const table = await screen.findByRole('table', { name: 'Price lists' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Partner Bronze.*Level.*Level Bronze.*1/);
    expect(api.listPriceLists).toHaveBeenLastCalledWith(
      PriceListKind.Level,
      undefined,
      undefined,
      undefined,
      undefined,
      25,
    );
    expect(screen.queryByRole('button', { name: 'New price list' })).not.toBeInTheDocument();
  });

  it("an administrator creates a level's list, asked for the level first", async () => {
    signIn(adminUser);
    vi.mocked(api.createPriceList).mockResolvedValue(bronze);
    renderAt('/price-lists');
    await userEvent.click(await screen.findByRole('button', { name: 'New price list' }));
    const dialog = await screen.findByRole('dialog', { name: 'New price list' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Partner Bronze');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create price list' }));
    expect(await within(dialog).findByText('Choose the level the list prices for.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Partner type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Reseller' }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Level/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Bronze' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create price list' }));
    await waitFor(() =>
      expect(api.createPriceList).toHaveBeenCalledWith({
        name: 'Partner Bronze',
        kind: PriceListKind.Level,
        partnerLevelId: 'lvl-1',
        accountId: undefined,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/price-lists/pl-1'));
  });

  it('the list page: program.read reads the prices; an administrator changes one', async () => {
    signIn(financeUser);
    const { unmount } = renderAt('/price-lists/pl-1');
    const table = await screen.findByRole('table', { name: 'Prices' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/CRM-PRO.*CRM Professional.*licence.*1,140\.00 EUR/);
    expect(screen.queryByRole('button', { name: /Change price/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a price' })).not.toBeInTheDocument();
    unmount();

    signIn(adminUser);
    vi.mocked(api.setPriceListLine).mockResolvedValue(bronze);
    renderAt('/price-lists/pl-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Change price CRM-PRO' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change price' });
    const price = within(dialog).getByRole('textbox', { name: 'Price' });
    await userEvent.clear(price);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));
    expect(await within(dialog).findByText('Enter a price of 0 or more.')).toBeInTheDocument();
    await userEvent.type(price, '1099.5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));
    await waitFor(() => expect(api.setPriceListLine).toHaveBeenCalledWith('pl-1', 'prod-1', { price: 1099.5 }));
  });
});
