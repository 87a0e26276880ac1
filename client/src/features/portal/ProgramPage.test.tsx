import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  MetricCode,
  PartnershipEventKind,
  ParameterValueType,
  type ProgramEventDtoPaged,
  type PartnerProgramDto,
} from '../../api';
import { partnership, promotionDecision, scoreDecision } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import ProgramPage from './ProgramPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { getMyProgram: vi.fn(), getMyProgramHistory: vi.fn(), getMyProgramDecisions: vi.fn() },
  };
});

const program: PartnerProgramDto = {
  ...partnership,
  id: 'ps-42',
  nextLevelName: 'Gold',
  obligations: [
    {
      categoryId: 'cat-leads',
      categoryName: 'Leads number',
      metric: MetricCode.LeadsNumber,
      currentParameterId: 'param-1',
      valueType: ParameterValueType.Integer,
      targetValue: 10000,
      currentValue: 6000,
      maxScore: 40,
      score: 24,
      computed: false,
    },
  ],
  benefits: [
    {
      parameterId: 'param-2',
      categoryId: 'cat-margin',
      categoryName: 'Margin',
      metric: MetricCode.Margin,
      valueType: ParameterValueType.Decimal,
      displayValue: '12',
    },
  ],
  missing: ['4,000 more Leads number', '50,000 more Opportunity amount'],
  nextLevelBenefits: [],
  partnerManager: { name: 'Paula Manager', email: 'paula@vendor.example' },
};

const history: ProgramEventDtoPaged = {
  page: 1,
  pageSize: 50,
  totalCount: 2,
  items: [
    { id: 'e-2', kind: PartnershipEventKind.ValueChanged, at: '2025-03-01T10:00:00Z', text: 'Leads number: 4 → 6' },
    {
      id: 'e-1',
      kind: PartnershipEventKind.Created,
      at: '2025-01-01T10:00:00Z',
      text: 'Your partnership started at level Bronze',
    },
  ],
};

describe('ProgramPage', () => {
  beforeEach(() => {
    vi.mocked(api.getMyProgram).mockReset();
    vi.mocked(api.getMyProgramHistory).mockReset();
    vi.mocked(api.getMyProgramHistory).mockResolvedValue(history);
    vi.mocked(api.getMyProgramDecisions)
      .mockReset()
      .mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
  });

  it('says in one sentence what is missing, what the next level brings, since when and whether the level is at risk', async () => {
    vi.mocked(api.getMyProgram).mockResolvedValue({
      ...program,
      atRisk: true,
      missingSummary: '4,000 more leads and 50,000.00 of won opportunities to reach Gold.',
      nextLevelBenefits: [
        {
          parameterId: 'param-9',
          categoryId: 'cat-margin',
          categoryName: 'Margin',
          metric: MetricCode.Margin,
          valueType: ParameterValueType.Decimal,
          displayValue: '18',
        },
      ],
    });
    renderWithProviders(<ProgramPage />, { route: '/portal' });

    expect(await screen.findByTestId('missing-summary')).toHaveTextContent(
      '4,000 more leads and 50,000.00 of won opportunities to reach Gold.',
    );
    // The per-obligation list and progress bars stay.
    expect(screen.getByRole('list', { name: 'What is missing for Gold' })).toHaveTextContent('4,000 more Leads number');
    expect(screen.getByRole('progressbar', { name: /Leads number: 6,000 of 10,000/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What Gold brings' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Benefits of Gold' })).toHaveTextContent('18 %');
    expect(screen.getByRole('table', { name: 'Benefits' })).toHaveTextContent('12 %');
    expect(screen.getByText('Your level is at risk')).toBeInTheDocument();
    expect(screen.getByTestId('level-since')).toHaveTextContent('Level since 2025-03-01');
  });

  it('explains why the partner is at its level: the latest decision and the past ones, without employee names', async () => {
    vi.mocked(api.getMyProgram).mockResolvedValue(program);
    vi.mocked(api.getMyProgramDecisions).mockResolvedValue({
      items: [{ ...promotionDecision, by: undefined }, scoreDecision],
      page: 1,
      pageSize: 50,
      totalCount: 2,
    });
    renderWithProviders(<ProgramPage />, { route: '/portal' });

    const section = await screen.findByRole('region', { name: 'Why you are at this level' });
    const latest = await within(section).findByRole('article', { name: 'Latest decision' });
    expect(latest).toHaveTextContent('Bronze target of 80 points reached: promoted to Silver.');
    expect(within(latest).getByRole('table', { name: 'Decision lines' })).toHaveTextContent('10 of 10');
    expect(within(section).getByRole('table', { name: 'Past decisions' })).toHaveTextContent(
      'Score 64 of 80: 16 points missing for Silver.',
    );
    expect(section).not.toHaveTextContent('Max Manager');
    expect(api.getMyProgramDecisions).toHaveBeenCalledWith(1, 50);
  });

  it('shows the level, what is missing for the next level and the partner manager', async () => {
    vi.mocked(api.getMyProgram).mockResolvedValue(program);
    renderWithProviders(<ProgramPage />, { route: '/portal' });

    expect(await screen.findByText('Silver — level 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('Score 60 of target 100')).toBeInTheDocument();
    expect(screen.getByText('40 points left')).toBeInTheDocument();
    expect(screen.getByText('Reseller')).toBeInTheDocument();

    const missing = screen.getByRole('list', { name: 'What is missing for Gold' });
    expect(missing).toHaveTextContent('4,000 more Leads number');
    expect(missing).toHaveTextContent('50,000 more Opportunity amount');

    const manager = screen.getByRole('region', { name: 'Your partner manager' });
    expect(manager).toHaveTextContent('Paula Manager');
    expect(screen.getByRole('link', { name: 'paula@vendor.example' })).toHaveAttribute(
      'href',
      'mailto:paula@vendor.example',
    );

    // Obligations are read-only in the portal.
    const obligations = screen.getByRole('table', { name: 'Obligations' });
    expect(obligations).toHaveTextContent('24 / 40');
    expect(obligations).toHaveTextContent('10,000');
    expect(obligations).toHaveTextContent('6,000');
    expect(screen.queryByRole('textbox', { name: /Current value/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();

    expect(screen.getByRole('table', { name: 'Benefits' })).toHaveTextContent('12 %');
    const history = await screen.findByRole('table', { name: 'History' });
    // A readable timeline: one line per event, no internal columns (kind, role, score, who changed it).
    expect(history).toHaveTextContent('Leads number: 4 → 6');
    expect(history).toHaveTextContent('Your partnership started at level Bronze');
    expect(history).not.toHaveTextContent(/Changed by|Role|Kind|Score/);
    expect(document.querySelector('[data-partnership-id="ps-42"]')).not.toBeNull();
    // One page of history: no pager.
    expect(screen.queryByRole('button', { name: 'next page' })).not.toBeInTheDocument();
    expect(api.getMyProgramHistory).toHaveBeenCalledWith(1, 50);
    expect(await screen.findByText(/^No decisions yet/)).toBeInTheDocument();
  });

  it('pages through a long history', async () => {
    vi.mocked(api.getMyProgram).mockResolvedValue(program);
    vi.mocked(api.getMyProgramHistory).mockResolvedValue({ ...history, totalCount: 120 });
    renderWithProviders(<ProgramPage />, { route: '/portal' });
    await screen.findByRole('table', { name: 'History' });
    expect(screen.getByText('120 items')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'next page' }));

    await waitFor(() => expect(api.getMyProgramHistory).toHaveBeenLastCalledWith(2, 50));
  });

  it('says so at the top level', async () => {
    vi.mocked(api.getMyProgram).mockResolvedValue({
      ...program,
      partnerLevelName: 'Gold',
      levelNumber: 3,
      nextLevelName: undefined,
      missing: [],
      partnerManager: undefined,
    });
    renderWithProviders(<ProgramPage />, { route: '/portal' });

    expect(await screen.findByText('Gold — level 3 of 3')).toBeInTheDocument();
    expect(screen.getByText('Top level')).toBeInTheDocument();
    expect(screen.queryByText(/What is missing/)).not.toBeInTheDocument();
    expect(screen.getByText('No partner manager is assigned yet.')).toBeInTheDocument();
  });

  it('shows a friendly empty state without an active partnership', async () => {
    vi.mocked(api.getMyProgram).mockRejectedValue({
      title: 'Not Found',
      status: 404,
      detail: 'Your organization has no active partnership.',
      code: 'no_active_partnership',
    });
    renderWithProviders(<ProgramPage />, { route: '/portal' });

    expect(await screen.findByText('No active partnership')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.getMyProgramHistory).not.toHaveBeenCalled();
  });
});
