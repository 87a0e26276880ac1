import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type NotificationDto } from '../../api';
import { renderWithProviders } from '../../test/render';
import { NotificationBell } from './NotificationBell';
import NotificationsPage from './NotificationsPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getMyNotificationSummary: vi.fn(),
      listMyNotifications: vi.fn(),
      markMyNotificationRead: vi.fn(),
      markAllMyNotificationsRead: vi.fn(),
    },
  };
});

const offer: NotificationDto = {
  id: 'n-1',
  topic: 'lead',
  title: 'A lead for you: Fabrikam',
  body: 'PartnerPortal offers you a lead: Fabrikam.',
  link: '/portal/leads/lead-1',
  createdAt: '2026-11-30T10:00:00Z',
  readAt: undefined,
};
const credited: NotificationDto = {
  id: 'n-2',
  topic: 'fund-movement',
  title: '€500.00 credited to your Marketing fund',
  body: 'Campaign budget',
  link: '/portal/partnerships/p-1',
  createdAt: '2026-11-29T10:00:00Z',
  readAt: '2026-11-29T11:00:00Z',
};

function Where() {
  return <p>At {useLocation().pathname}</p>;
}

function renderBell() {
  return renderWithProviders(
    <Routes>
      <Route
        path="/portal"
        element={
          <>
            <NotificationBell page="/portal/notifications" />
            <p>Portal home</p>
          </>
        }
      />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: '/portal' },
  );
}

describe('notifications', () => {
  beforeEach(() => {
    vi.mocked(api.getMyNotificationSummary).mockReset().mockResolvedValue({ unread: 1 });
    vi.mocked(api.listMyNotifications)
      .mockReset()
      .mockResolvedValue({ items: [offer, credited], nextCursor: undefined });
    vi.mocked(api.markMyNotificationRead).mockReset().mockResolvedValue();
    vi.mocked(api.markAllMyNotificationsRead).mockReset().mockResolvedValue();
  });

  it('the bell shows the unread count; opening a notification marks it read and goes to its page', async () => {
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications: 1 unread' });
    expect(screen.getByTestId('notification-count')).toHaveTextContent('1');
    expect(api.listMyNotifications).not.toHaveBeenCalled();

    await userEvent.click(bell);
    const dialog = await screen.findByRole('dialog');
    const unread = await within(dialog).findByRole('button', { name: /^Unread:\s*A lead for you: Fabrikam/ });
    expect(
      within(dialog).getByRole('button', { name: /^€500\.00 credited to your Marketing fund/ }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'See all notifications' })).toHaveAttribute(
      'href',
      '/portal/notifications',
    );

    await userEvent.click(unread);
    expect(api.markMyNotificationRead).toHaveBeenCalledWith('n-1');
    expect(await screen.findByText('At /portal/leads/lead-1')).toBeInTheDocument();
  });

  it('opening a read notification does not mark it again; "Mark all read" marks all', async () => {
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications: 1 unread' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    expect(api.markAllMyNotificationsRead).toHaveBeenCalledTimes(1);
    await userEvent.click(
      await within(dialog).findByRole('button', { name: /^€500\.00 credited to your Marketing fund/ }),
    );
    expect(api.markMyNotificationRead).not.toHaveBeenCalled();
    expect(await screen.findByText('At /portal/partnerships/p-1')).toBeInTheDocument();
  });

  it('without unread notifications the bell shows no count', async () => {
    vi.mocked(api.getMyNotificationSummary).mockResolvedValue({ unread: 0 });
    renderBell();
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByText('1')).not.toBeInTheDocument();
  });

  it('the page lists all or only the unread ones, and loads older ones on demand', async () => {
    vi.mocked(api.listMyNotifications).mockImplementation(async (unreadOnly, cursor) =>
      unreadOnly
        ? { items: [offer], nextCursor: undefined }
        : cursor
          ? { items: [credited], nextCursor: undefined }
          : { items: [offer], nextCursor: 'next' },
    );
    renderWithProviders(<NotificationsPage />, { route: '/notifications' });
    expect(await screen.findByRole('heading', { name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Unread:\s*A lead for you: Fabrikam/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await screen.findByRole('button', { name: /^€500\.00 credited to your Marketing fund/ }),
    ).toBeInTheDocument();
    expect(api.listMyNotifications).toHaveBeenCalledWith(false, 'next', 20);

    await userEvent.click(screen.getByText('Unread'));
    expect(api.listMyNotifications).toHaveBeenCalledWith(true, undefined, 20);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
