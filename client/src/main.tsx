import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import '@mantine/core/styles.css';
import { onUnauthorized } from './api/http';
import { currentUserKey } from './features/auth/hooks';
import { createQueryClient } from './queryClient';
import { createRouter } from './routes';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient();
const router = createRouter();

// Any 401 means the session is gone: forget the user, which sends the app to /login.
onUnauthorized(() => {
  if (queryClient.getQueryData(currentUserKey) !== null) {
    queryClient.setQueryData(currentUserKey, null);
  }
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
