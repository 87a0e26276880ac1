import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, OutboxMessageState, type OutboxMessageDto, type OutboxMessageDtoPaged } from '../../api';
import { renderWithProviders } from '../../test/render';
import OutboxPage from './OutboxPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { listOutboxMessages: vi.fn(), retryOutboxMessage: vi.fn() } };
});

const sent: OutboxMessageDto = {
  id: 'msg-sent',
  type: 'InvitationEmail',
  summary: 'ann@x.com: Your invitation to Northwind Traders',
  state: OutboxMessageState.Sent,
  attempts: 1,
  createdAt: '2026-03-02T09:00:00Z',
  nextAttemptAt: '2026-03-02T09:00:00Z',
  sentAt: '2026-03-02T09:00:05Z',
};

const dead: OutboxMessageDto = {
  id: 'msg-dead',
  type: 'InvitationEmail',
  summary: 'bob@y.com: Your invitation to Contoso',
  state: OutboxMessageState.Dead,
  attempts: 8,
  createdAt: '2026-03-01T08:00:00Z',
  nextAttemptAt: '2026-03-01T20:00:00Z',
  lastError: 'SMTP 550: mailbox unavailable',
};

function paged(items: OutboxMessageDto[]): OutboxMessageDtoPaged {
  return { items, page: 1, pageSize: 20, totalCount: items.length };
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`No table row for "${text}"`);
  return row;
}

describe('OutboxPage', () => {
  beforeEach(() => {
    vi.mocked(api.listOutboxMessages)
      .mockReset()
      .mockResolvedValue(paged([sent, dead]));
    vi.mocked(api.retryOutboxMessage)
      .mockReset()
      .mockResolvedValue({ ...dead, state: OutboxMessageState.Pending });
  });

  it('lists every state at first and offers Retry only on dead messages', async () => {
    renderWithProviders(<OutboxPage />);

    expect(await screen.findByText(sent.summary)).toBeInTheDocument();
    expect(api.listOutboxMessages).toHaveBeenCalledWith(undefined, 1, 20);

    const deadRow = rowOf(dead.summary);
    expect(within(deadRow).getByText('Dead')).toBeInTheDocument();
    expect(within(deadRow).getByText('SMTP 550: mailbox unavailable')).toBeInTheDocument();
    expect(within(deadRow).getByRole('button', { name: /^Retry/ })).toBeInTheDocument();

    const sentRow = rowOf(sent.summary);
    expect(within(sentRow).getByText('Sent')).toBeInTheDocument();
    expect(
      within(sentRow).getByText(/^Sent \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [A-Z][A-Za-z0-9+:-]*$/),
    ).toBeInTheDocument();
    expect(within(sentRow).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
  });

  it('retries a dead message by its id and reloads the list', async () => {
    renderWithProviders(<OutboxPage />);

    await screen.findByText(dead.summary);
    await userEvent.click(within(rowOf(dead.summary)).getByRole('button', { name: /^Retry/ }));

    expect(api.retryOutboxMessage).toHaveBeenCalledTimes(1);
    expect(api.retryOutboxMessage).toHaveBeenCalledWith('msg-dead');
    await waitFor(() => expect(api.listOutboxMessages).toHaveBeenCalledTimes(2));
  });

  it('shows the problem when the message is no longer dead', async () => {
    vi.mocked(api.retryOutboxMessage).mockRejectedValue({
      title: 'Conflict',
      status: 409,
      detail: 'Only a dead message can be retried.',
    });
    renderWithProviders(<OutboxPage />);

    await screen.findByText(dead.summary);
    await userEvent.click(within(rowOf(dead.summary)).getByRole('button', { name: /^Retry/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Only a dead message can be retried.');
  });

  it('asks the API for the chosen state, from the first page', async () => {
    renderWithProviders(<OutboxPage />);
    await screen.findByText(sent.summary);

    vi.mocked(api.listOutboxMessages).mockResolvedValue(paged([dead]));
    await userEvent.click(screen.getByRole('radio', { name: 'Dead' }));

    await waitFor(() => expect(api.listOutboxMessages).toHaveBeenLastCalledWith(OutboxMessageState.Dead, 1, 20));
    await waitFor(() => expect(screen.queryByText(sent.summary)).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('radio', { name: 'Waiting' }));
    await waitFor(() => expect(api.listOutboxMessages).toHaveBeenLastCalledWith(OutboxMessageState.Pending, 1, 20));
  });

  it('pages through the messages with the pager', async () => {
    vi.mocked(api.listOutboxMessages).mockResolvedValue({ ...paged([sent, dead]), totalCount: 45 });
    renderWithProviders(<OutboxPage />);
    await screen.findByText(sent.summary);

    await userEvent.click(screen.getByRole('button', { name: 'next page' }));

    await waitFor(() => expect(api.listOutboxMessages).toHaveBeenLastCalledWith(undefined, 2, 20));
  });
});
