import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountType, api, type AccountDetailDto } from '../../api';
import { partnerManagerUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import PartnerDetailPage from './PartnerDetailPage';
import PartnersPage from './PartnersPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getAccount: vi.fn(),
      listAccounts: vi.fn(),
      createAccount: vi.fn(),
      listEmployees: vi.fn(),
      getCurrentUser: vi.fn(),
    },
  };
});

function account(overrides: Partial<AccountDetailDto>): AccountDetailDto {
  return { id: 'a-1', name: 'Litware Inc', type: AccountType.Customer, partnerships: [], ...overrides };
}

function renderDetail(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/partners/:id" element={<PartnerDetailPage />} />
      <Route path="/customers/:id" element={<PartnerDetailPage />} />
    </Routes>,
    { route: path },
  );
}

describe('accounts', () => {
  beforeEach(() => {
    vi.mocked(api.getAccount).mockReset();
    vi.mocked(api.createAccount).mockReset();
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    vi.mocked(api.listEmployees).mockResolvedValue({ items: [], page: 1, pageSize: 200, totalCount: 0 });
    vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 20, totalCount: 0 });
  });

  it('does not offer a partnership on a customer page', async () => {
    vi.mocked(api.getAccount).mockResolvedValue(account({}));
    renderDetail('/customers/a-1');

    expect(await screen.findByRole('heading', { name: 'Litware Inc' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New partnership' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit customer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Customers' })).toHaveAttribute('href', '/customers');
  });

  it('offers a partnership on a partner page', async () => {
    vi.mocked(api.getAccount).mockResolvedValue(account({ name: 'Northwind Traders', type: AccountType.Partner }));
    renderDetail('/partners/a-1');

    expect(await screen.findByRole('button', { name: 'New partnership' })).toBeInTheDocument();
  });

  it('links only validated absolute web addresses', async () => {
    vi.mocked(api.getAccount).mockResolvedValue(account({ website: 'www.litware.example' }));
    const relative = renderDetail('/customers/a-1');
    expect(await screen.findByText('www.litware.example')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'www.litware.example' })).not.toBeInTheDocument();
    relative.unmount();

    vi.mocked(api.getAccount).mockResolvedValue(account({ website: 'https://litware.example' }));
    renderDetail('/customers/a-1');
    expect(await screen.findByRole('link', { name: 'https://litware.example' })).toHaveAttribute(
      'href',
      'https://litware.example/',
    );
  });

  it('creates partners only from the partners page (no type to choose)', async () => {
    vi.mocked(api.createAccount).mockResolvedValue({ id: 'a-2', name: 'Contoso', type: AccountType.Partner });
    renderWithProviders(<PartnersPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'New partner' }));
    await screen.findByRole('dialog');
    expect(screen.queryByRole('textbox', { name: 'Type' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Contoso');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(api.createAccount).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Contoso', type: AccountType.Partner }),
    );
  });
});
