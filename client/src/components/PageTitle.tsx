import type { ReactNode } from 'react';
import { Title, type TitleProps } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

export const APP_NAME = 'PartnerPortal';

/** "Partnerships" → "Partnerships — PartnerPortal"; the name alone without a page. */
export function documentTitle(page?: string | null): string {
  return page ? `${page} — ${APP_NAME}` : APP_NAME;
}

/** Sets the browser tab's title to the page's name. */
export function useTitle(page?: string | null) {
  useDocumentTitle(documentTitle(page));
}

interface PageTitleProps extends Omit<TitleProps, 'order' | 'title'> {
  children: ReactNode;
  /** The tab title, when the heading is not plain text. */
  title?: string;
}

/** The page's one h1 (sized like a section title) and the browser tab's title. */
export function PageTitle({ children, title, ...props }: PageTitleProps) {
  useTitle(title ?? (typeof children === 'string' ? children : undefined));
  return (
    <Title order={1} size="h2" {...props}>
      {children}
    </Title>
  );
}
