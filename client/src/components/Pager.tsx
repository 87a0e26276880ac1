import { useEffect } from 'react';
import { Group, Pagination, Text } from '@mantine/core';

interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onChange: (page: number) => void;
  /** Render nothing while everything fits on one page (lists that rarely grow past it). */
  onlyWhenPaged?: boolean;
}

/** Item count and page links of a `{ items, page, pageSize, totalCount }` list. */
export function Pager({ page, pageSize, totalCount, onChange, onlyWhenPaged = false }: PagerProps) {
  const pages = Math.max(1, Math.ceil(totalCount / Math.max(1, pageSize)));
  // A page past the last (an old link, or fewer items since) turns to the last page instead of an empty table.
  const beyondLast = totalCount > 0 && page > pages;
  useEffect(() => {
    if (beyondLast) onChange(pages);
  }, [beyondLast, pages, onChange]);
  if (onlyWhenPaged && pages <= 1) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {totalCount} {totalCount === 1 ? 'item' : 'items'}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          size="sm"
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      )}
    </Group>
  );
}
