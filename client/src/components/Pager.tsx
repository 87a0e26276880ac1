import { Group, Pagination, Text } from '@mantine/core';

interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onChange: (page: number) => void;
}

export function Pager({ page, pageSize, totalCount, onChange }: PagerProps) {
  const pages = Math.max(1, Math.ceil(totalCount / Math.max(1, pageSize)));
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
