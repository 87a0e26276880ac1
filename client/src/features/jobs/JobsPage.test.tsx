import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type JobDto } from '../../api';
import { formatDateTime } from '../../lib/format';
import { renderWithProviders } from '../../test/render';
import JobsPage from './JobsPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { listJobs: vi.fn(), runJob: vi.fn() } };
});

const outboxJob: JobDto = {
  name: 'outbox-dispatch',
  description: 'Sends waiting outbox messages',
  schedule: 'every 10 s',
  nextRunAt: '2026-03-02T09:15:00Z',
  lastRun: {
    scheduledAt: '2026-03-02T09:05:00Z',
    startedAt: '2026-03-02T09:05:00Z',
    finishedAt: '2026-03-02T09:05:01Z',
    succeeded: true,
    result: '3 sent, 0 failed',
    instance: 'api-1',
  },
};

const expiryJob: JobDto = {
  name: 'invitation-expiry',
  description: 'Marks old invitations as expired',
  schedule: 'daily at 02:00',
  nextRunAt: '2026-03-03T02:00:00Z',
  lastRun: {
    startedAt: '2026-03-02T02:00:00Z',
    finishedAt: '2026-03-02T02:00:02Z',
    succeeded: false,
    result: 'Database timeout',
    instance: 'api-2',
  },
};

const newJob: JobDto = {
  name: 'licence-report',
  description: 'Weekly licence usage report',
  schedule: 'weekly',
  nextRunAt: '2026-03-09T06:00:00Z',
};

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`No table row for "${text}"`);
  return row;
}

describe('JobsPage', () => {
  beforeEach(() => {
    vi.mocked(api.listJobs).mockReset().mockResolvedValue([outboxJob, expiryJob, newJob]);
    vi.mocked(api.runJob).mockReset().mockResolvedValue();
  });

  it('shows each job with its schedule, last run and next run', async () => {
    renderWithProviders(<JobsPage />);

    await screen.findByText('outbox-dispatch');
    const row = rowOf('outbox-dispatch');
    expect(within(row).getByText('Sends waiting outbox messages')).toBeInTheDocument();
    expect(within(row).getByText('every 10 s')).toBeInTheDocument();
    expect(within(row).getByText('3 sent, 0 failed')).toBeInTheDocument();
    expect(within(row).getByText('on api-1')).toBeInTheDocument();
    expect(within(row).getByText('Succeeded')).toBeInTheDocument();
    expect(within(row).getByText(formatDateTime('2026-03-02T09:05:01Z', true))).toBeInTheDocument();
    expect(within(row).getByText(formatDateTime('2026-03-02T09:15:00Z', true))).toBeInTheDocument();

    const failed = rowOf('invitation-expiry');
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    expect(within(failed).getByText('Database timeout')).toBeInTheDocument();
    expect(within(failed).queryByText('Succeeded')).not.toBeInTheDocument();

    expect(within(rowOf('licence-report')).getByText('Not run yet')).toBeInTheDocument();
  });

  it('runs a job now by its name, says it is queued and fetches the list again shortly after', async () => {
    renderWithProviders(<JobsPage />);
    await screen.findByText('invitation-expiry');
    expect(screen.queryByText('Queued: it runs within seconds')).not.toBeInTheDocument();

    await userEvent.click(
      within(rowOf('invitation-expiry')).getByRole('button', { name: 'Run now: invitation-expiry' }),
    );

    expect(api.runJob).toHaveBeenCalledTimes(1);
    expect(api.runJob).toHaveBeenCalledWith('invitation-expiry');
    expect(await within(rowOf('invitation-expiry')).findByText('Queued: it runs within seconds')).toBeInTheDocument();
    expect(within(rowOf('outbox-dispatch')).queryByText('Queued: it runs within seconds')).not.toBeInTheDocument();

    expect(api.listJobs).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(api.listJobs).toHaveBeenCalledTimes(2), { timeout: 4000 });
  }, 10_000);
});
