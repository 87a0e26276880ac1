import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AccountType,
  MetricCode,
  ParameterKind,
  ParameterValueType,
  type CurrentUserDto,
  type PartnerLevelDto,
} from '../../api';
import { routes } from '../../routes';
import { adminUser, financeUser, partnerManagerUser, portalUserManagerUser } from '../../test/fixtures';
import { theme } from '../../theme';

// Every API call the pages make: the known ones answer with one item, any other stays pending (a loader).
const handlers: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  const pending = () => new Promise(() => {});
  return {
    ...actual,
    api: new Proxy({}, { get: (_, name: string) => handlers[name] ?? pending }),
  };
});

const level: PartnerLevelDto = {
  id: 'level-1',
  partnerTypeId: 'type-1',
  name: 'Gold',
  number: 1,
  targetScore: 100,
  parameters: [
    {
      id: 'p-1',
      levelId: 'level-1',
      kind: ParameterKind.Obligation,
      categoryId: 'c-1',
      categoryName: 'Leads',
      valueType: ParameterValueType.Integer,
      numberValue: 10,
      displayValue: '10',
      score: 50,
      startDate: '2026-01-01',
    },
  ],
};

function mockApi(user: CurrentUserDto) {
  for (const key of Object.keys(handlers)) delete handlers[key];
  Object.assign(handlers, {
    getCurrentUser: async () => user,
    listPartnerTypes: async () => [{ id: 'type-1', name: 'Reseller', levelCount: 1 }],
    getPartnerType: async () => ({ id: 'type-1', name: 'Reseller', levelCount: 1 }),
    listPartnerLevels: async () => [level],
    listParameterCategories: async () => [
      { id: 'c-1', name: 'Leads', metric: MetricCode.LeadsNumber, defaultValueType: ParameterValueType.Integer },
    ],
    listAccounts: async () => ({
      items: [{ id: 'acc-1', name: 'Acme', type: AccountType.Partner }],
      page: 1,
      pageSize: 20,
      totalCount: 1,
    }),
    getAccount: async () => ({ id: 'acc-1', name: 'Acme', type: AccountType.Partner }),
  });
}

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

const PROGRAM_ACTIONS = [/^edit/i, /new level/i, /add parameter/i, /delete/i, /simulate/i];

describe('each role sees only what it can do', () => {
  beforeEach(() => mockApi(adminUser));

  it('Admin: every page in the navigation, and the program can be changed', async () => {
    renderAt('/partner-types/type-1');
    expect(await screen.findByRole('heading', { name: 'Gold' })).toBeInTheDocument();
    expect(await navLinks()).toEqual([
      'Partnerships',
      'Marketing activities',
      'Leads',
      'Opportunities',
      'Orders',
      'Deal registrations',
      'Training',
      'Partners',
      'Customers',
      'Fund operations',
      'Partner types',
      'Parameter categories',
      'Products',
      'Price lists',
      'Portal organizations',
      'Licences',
      'Integration clients',
      'Fund types',
      'Outbox',
      'Scheduled jobs',
    ]);
    for (const name of PROGRAM_ACTIONS) expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
  });

  it('PartnerManager: partners and the program, but no button that changes the program', async () => {
    mockApi(partnerManagerUser);
    renderAt('/partner-types/type-1');
    expect(await screen.findByRole('heading', { name: 'Gold' })).toBeInTheDocument();
    expect(await navLinks()).toEqual([
      'Partnerships',
      'Marketing activities',
      'Leads',
      'Opportunities',
      'Orders',
      'Deal registrations',
      'Training',
      'Partners',
      'Customers',
      'Fund operations',
      'Partner types',
      'Parameter categories',
      'Products',
      'Price lists',
    ]);
    expect(screen.getByRole('table', { name: 'Parameters of Gold' })).toHaveTextContent('Leads');
    for (const name of PROGRAM_ACTIONS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('PartnerManager: no New partner type and no New category', async () => {
    mockApi(partnerManagerUser);
    const { unmount } = renderAt('/partner-types');
    expect(await screen.findByRole('link', { name: 'Reseller' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new partner type|edit/i })).not.toBeInTheDocument();
    unmount();

    renderAt('/parameter-categories');
    expect(await screen.findByRole('cell', { name: 'Leads' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new category|edit/i })).not.toBeInTheDocument();
  });

  it('PartnerManager: may create partners', async () => {
    mockApi(partnerManagerUser);
    renderAt('/partners');
    expect(await screen.findByRole('link', { name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New partner' })).toBeInTheDocument();
  });

  it('Finance: partners to read and the fund operations, but no button that changes a partner', async () => {
    mockApi(financeUser);
    handlers.listPartnerships = async () => ({ items: [], page: 1, pageSize: 20, totalCount: 0 });
    const { unmount } = renderAt('/partners');
    expect(await screen.findByRole('link', { name: 'Acme' })).toBeInTheDocument();
    expect(await navLinks()).toEqual([
      'Partnerships',
      'Marketing activities',
      'Leads',
      'Opportunities',
      'Orders',
      'Deal registrations',
      'Training',
      'Partners',
      'Customers',
      'Fund operations',
      'Partner types',
      'Parameter categories',
      'Products',
      'Price lists',
    ]);
    expect(screen.queryByRole('button', { name: 'New partner' })).not.toBeInTheDocument();
    unmount();

    renderAt('/partnerships');
    expect(await screen.findByRole('heading', { name: 'Partnerships' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New partnership' })).not.toBeInTheDocument();
  });

  it('PartnerManager and Finance: no Fund types page', async () => {
    mockApi(financeUser);
    renderAt('/admin/fund-types');
    expect(await screen.findByText('You do not have permission to see this page.')).toBeInTheDocument();
  });

  it('PortalUserManager: no partner pages in the navigation, and no program buttons', async () => {
    mockApi(portalUserManagerUser);
    renderAt('/partner-types/type-1');
    expect(await screen.findByRole('heading', { name: 'Gold' })).toBeInTheDocument();
    expect(await navLinks()).toEqual([
      'Partner types',
      'Parameter categories',
      'Products',
      'Price lists',
      'Portal organizations',
    ]);
    for (const name of PROGRAM_ACTIONS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('PortalUserManager: the partner pages say no permission instead of calling the API', async () => {
    mockApi(portalUserManagerUser);
    const listAccounts = vi.fn(handlers.listAccounts);
    handlers.listAccounts = listAccounts;
    renderAt('/partners');
    expect(await screen.findByText('You do not have permission to see this page.')).toBeInTheDocument();
    expect(listAccounts).not.toHaveBeenCalled();
  });
});
