import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  OpportunityStage,
  type CurrentUserDto,
  type OpportunityDto,
  type OpportunityListItemDto,
  type PipelineStageDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import OpportunitiesPage from './OpportunitiesPage';
import OpportunityPage from './OpportunityPage';
import PortalOpportunitiesPage from './PortalOpportunitiesPage';
import PortalOpportunityPage from './PortalOpportunityPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
      listLeadOwnerCandidates: vi.fn(),
      listOpportunities: vi.fn(),
      exportOpportunities: vi.fn(),
      getOpportunity: vi.fn(),
      createOpportunity: vi.fn(),
      updateOpportunity: vi.fn(),
      reopenOpportunity: vi.fn(),
      deleteOpportunity: vi.fn(),
      listMyOpportunities: vi.fn(),
      getMyOpportunity: vi.fn(),
      updateMyOpportunity: vi.fn(),
      getOpportunityPipeline: vi.fn(),
      getMyOpportunityPipeline: vi.fn(),
      exportMyOpportunities: vi.fn(),
    },
  };
});

function item(id: string, name: string, overrides: Partial<OpportunityListItemDto> = {}): OpportunityListItemDto {
  return {
    id,
    name,
    stage: OpportunityStage.Proposal,
    customer: 'Fabrikam',
    amountMinor: 1250000,
    amount: 12500,
    currency: 'EUR',
    expectedCloseDate: '2026-12-15',
    partnerAccountId: 'acc-nw',
    partnerName: 'Northwind Traders',
    ownerId: 'pu-1',
    ownerName: 'Anna Admin',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

function opportunity(overrides: Partial<OpportunityDto> = {}): OpportunityDto {
  return {
    id: 'opp-1',
    name: 'Fabrikam CRM rollout',
    stage: OpportunityStage.Proposal,
    customer: 'Fabrikam',
    amountMinor: 1250000,
    amount: 12500,
    currency: 'EUR',
    expectedCloseDate: '2026-12-15',
    partnerAccountId: 'acc-nw',
    partnerName: 'Northwind Traders',
    ownerId: 'pu-1',
    ownerName: 'Anna Admin',
    nextStep: 'Send the proposal',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    fundCreditMinor: 0,
    fundCredit: 0,
    history: [
      {
        id: 'h-1',
        at: '2026-11-02T10:00:00Z',
        what: 'Stage changed to Proposal',
        stage: OpportunityStage.Proposal,
        by: 'Paula Manager',
        byPartner: false,
      },
    ],
    ...overrides,
  };
}

const wonWithCredit = opportunity({
  stage: OpportunityStage.ClosedWon,
  closedAt: '2026-11-20T10:00:00Z',
  fundPercent: 5,
  fundCreditMinor: 62500,
  fundCredit: 625,
});

function signIn(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
}

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderList(route = '/opportunities') {
  return renderWithProviders(
    <>
      <Routes>
        <Route path="/opportunities" element={<OpportunitiesPage />} />
        <Route path="/opportunities/:id" element={<p>Opportunity page</p>} />
      </Routes>
      <Location />
    </>,
    { route },
  );
}

function renderPage() {
  return renderWithProviders(
    <>
      <Routes>
        <Route path="/opportunities/:id" element={<OpportunityPage />} />
        <Route path="/opportunities" element={<p>Opportunities list</p>} />
      </Routes>
      <Location />
    </>,
    { route: '/opportunities/opp-1' },
  );
}

/** Mantine's useMediaQuery answers "phone" for the duration of `run`. */
async function onPhone(run: () => Promise<void>) {
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: true })) as typeof window.matchMedia;
  try {
    await run();
  } finally {
    window.matchMedia = matchMedia;
  }
}

/** Every stage in stage order, as the pipeline endpoints answer. */
function pipeline(figures: Partial<Record<OpportunityStage, [number, number]>>): PipelineStageDto[] {
  return Object.values(OpportunityStage).map((stage) => {
    const [count, amountMinor] = figures[stage] ?? [0, 0];
    return { stage, count, amountMinor, amount: amountMinor / 100, currency: 'EUR' };
  });
}

const WRITE_BUTTONS = ['New opportunity', 'Edit', 'Reopen', 'Delete'];

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
  vi.mocked(api.getAccount).mockResolvedValue({ id: 'acc-nw', name: 'Northwind Traders' } as never);
});

describe('back-office opportunities list', () => {
  beforeEach(() => signIn(partnerManagerUser));

  it('reads stage, partner and sort from the URL and pages with the next cursor', async () => {
    vi.mocked(api.listOpportunities).mockImplementation(async (...args) =>
      args[4] === 'cursor-2'
        ? { items: [item('opp-3', 'Litware upgrade')] }
        : { items: [item('opp-1', 'Fabrikam CRM'), item('opp-2', 'Contoso seats')], nextCursor: 'cursor-2' },
    );
    renderList('/opportunities?stage=Proposal&partner=acc-nw&sort=-amount');
    expect(await screen.findByRole('link', { name: 'Fabrikam CRM' })).toBeInTheDocument();
    expect(api.listOpportunities).toHaveBeenLastCalledWith(
      OpportunityStage.Proposal,
      'acc-nw',
      undefined,
      '-amount',
      undefined,
      25,
    );
    const table = screen.getByRole('table', { name: 'Opportunities' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /Fabrikam CRM.*Fabrikam.*Northwind Traders.*Proposal.*12,500\.00 EUR.*2026-12-15.*Anna Admin/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Litware upgrade' })).toBeInTheDocument();
    expect(api.listOpportunities).toHaveBeenLastCalledWith(
      OpportunityStage.Proposal,
      'acc-nw',
      undefined,
      '-amount',
      'cursor-2',
      25,
    );
    expect(screen.getByText('3 opportunities shown')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('keeps the stage chip in the URL and asks the server for that stage', async () => {
    vi.mocked(api.listOpportunities).mockResolvedValue({ items: [item('opp-1', 'Fabrikam CRM')] });
    renderList('/opportunities?sort=-updatedAt');
    expect(await screen.findByRole('link', { name: 'Fabrikam CRM' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Closed won' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/opportunities?sort=-updatedAt&stage=ClosedWon'),
    );
    await waitFor(() =>
      expect(api.listOpportunities).toHaveBeenLastCalledWith(
        OpportunityStage.ClosedWon,
        undefined,
        undefined,
        '-updatedAt',
        undefined,
        25,
      ),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/opportunities?sort=-updatedAt'));
  });

  it('shows cards instead of the table on a phone', async () => {
    vi.mocked(api.listOpportunities).mockResolvedValue({ items: [item('opp-1', 'Fabrikam CRM')] });
    await onPhone(async () => {
      renderList();
      const cards = await screen.findByRole('list', { name: 'Opportunities' });
      expect(within(cards).getByRole('listitem')).toHaveTextContent(
        /Fabrikam CRM.*Proposal.*Northwind Traders.*Anna Admin/,
      );
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
  });

  it('creates an opportunity from the New opportunity dialog and opens it', async () => {
    vi.mocked(api.listOpportunities).mockResolvedValue({ items: [] });
    vi.mocked(api.createOpportunity).mockResolvedValue(opportunity({ id: 'opp-9' }));
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: 'New opportunity' }));
    const dialog = await screen.findByRole('dialog', { name: 'New opportunity' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create opportunity' }));
    expect(await within(dialog).findByText('Enter a name.')).toBeInTheDocument();
    expect(api.createOpportunity).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Litware seats');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Customer/ }), 'Litware');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Amount/ }), '5000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create opportunity' }));
    await waitFor(() =>
      expect(api.createOpportunity).toHaveBeenCalledWith(
        expect.objectContaining({
          name: 'Litware seats',
          customer: 'Litware',
          amount: 5000,
          stage: OpportunityStage.Qualification,
        }),
      ),
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/opportunities/opp-9'));
  });
});

describe('pipeline', () => {
  it('back-office: one card per stage with count and total, with the filters; a stage opens the filtered table', async () => {
    signIn(financeUser);
    vi.mocked(api.getOpportunityPipeline).mockResolvedValue(
      pipeline({ [OpportunityStage.Proposal]: [2, 283388], [OpportunityStage.ClosedWon]: [1, 4000] }),
    );
    vi.mocked(api.listOpportunities).mockResolvedValue({ items: [item('opp-1', 'Fabrikam CRM')] });
    renderList('/opportunities?view=pipeline&partner=acc-nw');
    const cards = await screen.findAllByTestId('pipeline-stage');
    expect(cards.map((c) => c.textContent)).toEqual([
      'Qualification0 opportunities0.00 EUR',
      'Needs analysis0 opportunities0.00 EUR',
      'Proposal2 opportunities2,833.88 EUR',
      'Negotiation0 opportunities0.00 EUR',
      'Closed won1 opportunity40.00 EUR',
      'Closed lost0 opportunities0.00 EUR',
    ]);
    expect(api.getOpportunityPipeline).toHaveBeenLastCalledWith(undefined, 'acc-nw');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Proposal/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/opportunities?partner=acc-nw&stage=Proposal'),
    );
    expect(await screen.findByRole('table', { name: 'Opportunities' })).toBeInTheDocument();
    expect(api.listOpportunities).toHaveBeenLastCalledWith(
      OpportunityStage.Proposal,
      'acc-nw',
      undefined,
      '-createdAt',
      undefined,
      25,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Pipeline' }));
    await waitFor(() =>
      expect(api.getOpportunityPipeline).toHaveBeenLastCalledWith(OpportunityStage.Proposal, 'acc-nw'),
    );
  });

  it('portal: the partner’s pipeline and its CSV export with the list’s stage and sort', async () => {
    signIn(portalUser);
    vi.mocked(api.getMyOpportunityPipeline).mockResolvedValue(
      pipeline({ [OpportunityStage.Negotiation]: [3, 150000] }),
    );
    vi.mocked(api.exportMyOpportunities).mockResolvedValue({
      data: new Blob(['Created,Name']),
      fileName: 'opportunities.csv',
      status: 200,
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    renderWithProviders(
      <Routes>
        <Route path="/portal/opportunities" element={<PortalOpportunitiesPage />} />
      </Routes>,
      { route: '/portal/opportunities?view=pipeline&sort=-amount' },
    );
    expect(
      await screen.findByRole('button', { name: /Negotiation.*3 opportunities.*1,500\.00 EUR/ }),
    ).toBeInTheDocument();
    expect(api.getMyOpportunityPipeline).toHaveBeenLastCalledWith(undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(api.exportMyOpportunities).toHaveBeenCalledWith(undefined, '-amount'));
  });
});

describe('back-office opportunity page', () => {
  it('Finance (partners.read only) sees the list, export and page but no button that changes them', async () => {
    signIn(financeUser);
    vi.mocked(api.listOpportunities).mockResolvedValue({ items: [item('opp-1', 'Fabrikam CRM')] });
    const { unmount } = renderList();
    expect(await screen.findByRole('link', { name: 'Fabrikam CRM' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New opportunity' })).not.toBeInTheDocument();
    unmount();

    for (const shown of [opportunity(), wonWithCredit]) {
      vi.mocked(api.getOpportunity).mockResolvedValue(shown);
      const page = renderPage();
      expect(await screen.findByRole('heading', { name: 'Fabrikam CRM rollout', level: 1 })).toBeInTheDocument();
      await waitFor(() => expect(api.getCurrentUser).toHaveBeenCalled());
      for (const name of WRITE_BUTTONS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: 'Move to stage' })).not.toBeInTheDocument();
      page.unmount();
    }
  });

  it('a partner manager moves an open one to another stage, keeping its other fields', async () => {
    signIn(partnerManagerUser);
    // The server's answer and every later read: won.
    vi.mocked(api.getOpportunity).mockResolvedValueOnce(opportunity()).mockResolvedValue(wonWithCredit);
    vi.mocked(api.updateOpportunity).mockResolvedValue(wonWithCredit);
    renderPage();
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Move to stage' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Closed won' }));
    await waitFor(() =>
      expect(api.updateOpportunity).toHaveBeenCalledWith('opp-1', {
        name: 'Fabrikam CRM rollout',
        customerAccountId: undefined,
        customer: 'Fabrikam',
        amount: 12500,
        stage: OpportunityStage.ClosedWon,
        expectedCloseDate: '2026-12-15',
        partnerAccountId: 'acc-nw',
        ownerId: 'pu-1',
        employeeOwnerId: undefined,
        nextStep: 'Send the proposal',
        notes: undefined,
      }),
    );
    // The server's answer: won, with the partner's fund credit.
    expect(await screen.findByTestId('fund-credit')).toHaveTextContent('625.00 EUR credited');
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });

  it('edits the amount and the next step in the Edit dialog', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getOpportunity).mockResolvedValue(opportunity());
    vi.mocked(api.updateOpportunity).mockResolvedValue(opportunity({ amountMinor: 1500000, amount: 15000 }));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit opportunity' });
    const amount = within(dialog).getByRole('textbox', { name: /^Amount/ });
    await userEvent.clear(amount);
    await userEvent.type(amount, '15000');
    const nextStep = within(dialog).getByRole('textbox', { name: 'Next step' });
    await userEvent.clear(nextStep);
    await userEvent.type(nextStep, 'Call the CFO');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateOpportunity).toHaveBeenCalledWith(
        'opp-1',
        expect.objectContaining({
          amount: 15000,
          nextStep: 'Call the CFO',
          stage: OpportunityStage.Proposal,
          partnerAccountId: 'acc-nw',
          ownerId: 'pu-1',
        }),
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reopens a won one only with a reason, saying its fund credit is reversed', async () => {
    signIn(partnerManagerUser);
    const reopened = opportunity({ stage: OpportunityStage.Negotiation });
    vi.mocked(api.getOpportunity).mockResolvedValueOnce(wonWithCredit).mockResolvedValue(reopened);
    vi.mocked(api.reopenOpportunity).mockResolvedValue(reopened);
    renderPage();
    expect(await screen.findByTestId('fund-credit')).toHaveTextContent(
      "625.00 EUR credited to the partner's marketing fund (5 %)",
    );
    expect(screen.queryByRole('combobox', { name: 'Move to stage' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen opportunity' });
    expect(dialog).toHaveTextContent('credit for this deal is reversed');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    expect(await within(dialog).findByText('Say why it is reopened.')).toBeInTheDocument();
    expect(api.reopenOpportunity).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Customer cancelled the PO');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    await waitFor(() =>
      expect(api.reopenOpportunity).toHaveBeenCalledWith('opp-1', {
        reason: 'Customer cancelled the PO',
        stage: OpportunityStage.Negotiation,
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByTestId('opportunity-stage')).toHaveTextContent('Negotiation');
  });

  it('deletes after the confirmation and goes back to the list', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getOpportunity).mockResolvedValue(opportunity());
    vi.mocked(api.deleteOpportunity).mockResolvedValue();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete opportunity' });
    expect(api.deleteOpportunity).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.deleteOpportunity).toHaveBeenCalledWith('opp-1'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/opportunities$/));
  });
});

describe('portal opportunities', () => {
  beforeEach(() => signIn(portalUser));

  it('lists the organization’s opportunities by the stage in the URL, without a partner column', async () => {
    vi.mocked(api.listMyOpportunities).mockResolvedValue({ items: [item('opp-1', 'Fabrikam CRM')] });
    renderWithProviders(
      <Routes>
        <Route path="/portal/opportunities" element={<PortalOpportunitiesPage />} />
      </Routes>,
      { route: '/portal/opportunities?stage=Negotiation' },
    );
    const table = await screen.findByRole('table', { name: 'Your opportunities' });
    expect(within(table).getByRole('link', { name: 'Fabrikam CRM' })).toHaveAttribute(
      'href',
      '/portal/opportunities/opp-1',
    );
    expect(within(table).queryByRole('columnheader', { name: 'Partner' })).not.toBeInTheDocument();
    expect(api.listMyOpportunities).toHaveBeenLastCalledWith(OpportunityStage.Negotiation, '-createdAt', undefined, 25);
  });

  it('the partner updates stage, amount, close date, next step and notes, and sees its fund credit', async () => {
    const won = { ...wonWithCredit, amountMinor: 2000000, amount: 20000, updatedAt: '2026-11-21T10:00:00Z' };
    vi.mocked(api.getMyOpportunity).mockResolvedValueOnce(opportunity()).mockResolvedValue(won);
    vi.mocked(api.updateMyOpportunity).mockResolvedValue(won);
    renderWithProviders(
      <Routes>
        <Route path="/portal/opportunities/:id" element={<PortalOpportunityPage />} />
      </Routes>,
      { route: '/portal/opportunities/opp-1' },
    );
    expect(await screen.findByRole('heading', { name: 'Fabrikam CRM rollout', level: 1 })).toBeInTheDocument();
    for (const name of ['Edit', 'Reopen', 'Delete'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Name/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Partner/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: /^Stage/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Closed won' }));
    const amount = screen.getByRole('textbox', { name: /^Amount/ });
    await userEvent.clear(amount);
    await userEvent.type(amount, '20000');
    const closeDate = screen.getByRole('textbox', { name: 'Expected close' });
    await userEvent.clear(closeDate);
    await userEvent.type(closeDate, '2026-12-01');
    const nextStep = screen.getByRole('textbox', { name: 'Next step' });
    await userEvent.clear(nextStep);
    await userEvent.type(nextStep, 'Order');
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'Signed');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateMyOpportunity).toHaveBeenCalledWith('opp-1', {
        stage: OpportunityStage.ClosedWon,
        amount: 20000,
        expectedCloseDate: '2026-12-01',
        nextStep: 'Order',
        notes: 'Signed',
      }),
    );
    expect(api.updateOpportunity).not.toHaveBeenCalled();
    expect(await screen.findByTestId('fund-credit')).toHaveTextContent('625.00 EUR credited');
    // Closed: the stage changes only by a reopen, which the vendor does.
    expect(screen.getByRole('combobox', { name: /^Stage/ })).toBeDisabled();
  });
});
