import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Center, Loader, Text } from '@mantine/core';
import { AppLayout } from './components/AppLayout';

const LoginPage = lazy(() => import('./features/auth/LoginPage'));
const PartnerTypesPage = lazy(() => import('./features/partnerTypes/PartnerTypesPage'));
const PartnerTypeDetailPage = lazy(() => import('./features/partnerTypes/PartnerTypeDetailPage'));
const CategoriesPage = lazy(() => import('./features/categories/CategoriesPage'));
const PartnersPage = lazy(() => import('./features/accounts/PartnersPage'));
const PartnerDetailPage = lazy(() => import('./features/accounts/PartnerDetailPage'));
const PartnershipsPage = lazy(() => import('./features/partnerships/PartnershipsPage'));
const PartnershipDetailPage = lazy(() => import('./features/partnerships/PartnershipDetailPage'));

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense
        fallback={
          <Center h="100vh">
            <Loader aria-label="Loading" />
          </Center>
        }
      >
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/partnerships" replace /> },
      { path: 'partner-types', element: <PartnerTypesPage /> },
      { path: 'partner-types/:id', element: <PartnerTypeDetailPage /> },
      { path: 'parameter-categories', element: <CategoriesPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'partners/:id', element: <PartnerDetailPage /> },
      { path: 'partnerships', element: <PartnershipsPage /> },
      { path: 'partnerships/:id', element: <PartnershipDetailPage /> },
      { path: '*', element: <Text>Page not found.</Text> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
