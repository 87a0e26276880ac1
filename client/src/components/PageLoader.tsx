import { Center, Loader } from '@mantine/core';

/** Fallback while a lazily loaded page arrives. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader aria-label="Loading" />
    </Center>
  );
}
