import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from './PageTitle';

/** An address the SPA has no page for (a mistyped or outdated link). */
export function NotFound({ home }: { home: string }) {
  return (
    <Stack gap="sm" data-testid="page-not-found">
      <PageTitle>Page not found</PageTitle>
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Anchor component={Link} to={home}>
        Go to the start page
      </Anchor>
    </Stack>
  );
}
