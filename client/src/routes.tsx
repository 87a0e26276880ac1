import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { PortalLayout } from './components/PortalLayout';
import { RequirePermission } from './components/RequirePermission';
import { Permission } from './api';
import { backOfficeHome } from './features/auth/access';
import { useCurrentUser } from './features/auth/hooks';

const LoginPage = lazy(() => import('./features/auth/LoginPage'));
const InvitationPage = lazy(() => import('./features/invitations/InvitationPage'));
const ForgotPasswordPage = lazy(() => import('./features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./features/auth/ResetPasswordPage'));
const PartnerTypesPage = lazy(() => import('./features/partnerTypes/PartnerTypesPage'));
const PartnerTypeDetailPage = lazy(() => import('./features/partnerTypes/PartnerTypeDetailPage'));
const CategoriesPage = lazy(() => import('./features/categories/CategoriesPage'));
const PartnersPage = lazy(() => import('./features/accounts/PartnersPage'));
const PartnerDetailPage = lazy(() => import('./features/accounts/PartnerDetailPage'));
const CustomersPage = lazy(() => import('./features/accounts/CustomersPage'));
const PartnershipsPage = lazy(() => import('./features/partnerships/PartnershipsPage'));
const PartnershipDetailPage = lazy(() => import('./features/partnerships/PartnershipDetailPage'));
const ActivitiesPage = lazy(() => import('./features/marketingActivities/ActivitiesPage'));
const ActivityPage = lazy(() => import('./features/marketingActivities/ActivityPage'));
const PortalActivitiesPage = lazy(() => import('./features/marketingActivities/PortalActivitiesPage'));
const PortalActivityPage = lazy(() => import('./features/marketingActivities/PortalActivityPage'));
const LeadsPage = lazy(() => import('./features/leads/LeadsPage'));
const LeadPage = lazy(() => import('./features/leads/LeadPage'));
const PortalLeadsPage = lazy(() => import('./features/leads/PortalLeadsPage'));
const PortalLeadPage = lazy(() => import('./features/leads/PortalLeadPage'));
const OpportunitiesPage = lazy(() => import('./features/opportunities/OpportunitiesPage'));
const OpportunityPage = lazy(() => import('./features/opportunities/OpportunityPage'));
const PortalOpportunitiesPage = lazy(() => import('./features/opportunities/PortalOpportunitiesPage'));
const PortalOpportunityPage = lazy(() => import('./features/opportunities/PortalOpportunityPage'));
const OrdersPage = lazy(() => import('./features/orders/OrdersPage'));
const OrderPage = lazy(() => import('./features/orders/OrderPage'));
const PortalOrdersPage = lazy(() => import('./features/orders/PortalOrdersPage'));
const PortalOrderPage = lazy(() => import('./features/orders/PortalOrderPage'));
const ProductsPage = lazy(() => import('./features/pricing/ProductsPage'));
const PriceListsPage = lazy(() => import('./features/pricing/PriceListsPage'));
const PriceListPage = lazy(() => import('./features/pricing/PriceListPage'));
const DealRegistrationsPage = lazy(() => import('./features/deals/DealRegistrationsPage'));
const DealRegistrationPage = lazy(() => import('./features/deals/DealRegistrationPage'));
const PortalDealsPage = lazy(() => import('./features/deals/PortalDealsPage'));
const PortalDealPage = lazy(() => import('./features/deals/PortalDealPage'));
const PortalOrganizationsPage = lazy(() => import('./features/portalUsers/PortalOrganizationsPage'));
const PortalOrganizationPage = lazy(() => import('./features/portalUsers/PortalOrganizationPage'));
const LicensesPage = lazy(() => import('./features/licenses/LicensesPage'));
const IntegrationClientsPage = lazy(() => import('./features/integrationClients/IntegrationClientsPage'));
const OutboxPage = lazy(() => import('./features/outbox/OutboxPage'));
const JobsPage = lazy(() => import('./features/jobs/JobsPage'));
const ProgramPage = lazy(() => import('./features/portal/ProgramPage'));
const PortalPartnershipPage = lazy(() => import('./features/portal/PortalPartnershipPage'));
const OrganizationPage = lazy(() => import('./features/portal/OrganizationPage'));
const ProfilePage = lazy(() => import('./features/profile/ProfilePage'));
const FundOperationsPage = lazy(() => import('./features/funds/FundOperationsPage'));
const FundTypesPage = lazy(() => import('./features/fundTypes/FundTypesPage'));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage'));
const TrainingPage = lazy(() => import('./features/training/TrainingPage'));
const PortalTrainingPage = lazy(() => import('./features/training/PortalTrainingPage'));
const EmailActionPage = lazy(() => import('./features/emailActions/EmailActionPage'));

/** A page outside the signed-in shells. */
function Standalone({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader aria-label="Loading" />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

/** The back-office start page depends on the employee's roles. */
function BackOfficeHome() {
  const { data: user } = useCurrentUser();
  return <Navigate to={backOfficeHome(user)} replace />;
}

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Standalone>
        <LoginPage />
      </Standalone>
    ),
  },
  // The link of the invitation e-mail (anonymous).
  {
    path: '/invitation/:token',
    element: (
      <Standalone>
        <InvitationPage />
      </Standalone>
    ),
  },
  // The Accept / Decline links of an offer e-mail: act without signing in (anonymous).
  {
    path: '/email-action/:token',
    element: (
      <Standalone>
        <EmailActionPage />
      </Standalone>
    ),
  },
  // "Forgot password?" and the link of the password-reset e-mail (anonymous).
  {
    path: '/forgot-password',
    element: (
      <Standalone>
        <ForgotPasswordPage />
      </Standalone>
    ),
  },
  {
    path: '/reset-password/:token',
    element: (
      <Standalone>
        <ResetPasswordPage />
      </Standalone>
    ),
  },
  {
    // Partners' employees; employees are sent to the back-office.
    path: '/portal',
    element: <PortalLayout />,
    children: [
      { index: true, element: <ProgramPage /> },
      { path: 'partnerships/:id', element: <PortalPartnershipPage /> },
      { path: 'marketing-activities', element: <PortalActivitiesPage /> },
      { path: 'marketing-activities/:id', element: <PortalActivityPage /> },
      { path: 'leads', element: <PortalLeadsPage /> },
      { path: 'leads/:id', element: <PortalLeadPage /> },
      { path: 'opportunities', element: <PortalOpportunitiesPage /> },
      { path: 'opportunities/:id', element: <PortalOpportunityPage /> },
      { path: 'orders', element: <PortalOrdersPage /> },
      { path: 'orders/:id', element: <PortalOrderPage /> },
      { path: 'deals', element: <PortalDealsPage /> },
      { path: 'deals/:id', element: <PortalDealPage /> },
      { path: 'training', element: <PortalTrainingPage /> },
      { path: 'organization', element: <OrganizationPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFound home="/portal" /> },
    ],
  },
  {
    // Back-office; portal users are sent to /portal.
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <BackOfficeHome /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      {
        element: <RequirePermission permission={Permission.ProgramRead} />,
        children: [
          { path: 'partner-types', element: <PartnerTypesPage /> },
          { path: 'partner-types/:id', element: <PartnerTypeDetailPage /> },
          { path: 'parameter-categories', element: <CategoriesPage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'price-lists', element: <PriceListsPage /> },
          { path: 'price-lists/:id', element: <PriceListPage /> },
        ],
      },
      {
        element: <RequirePermission permission={Permission.PartnersRead} />,
        children: [
          { path: 'partners', element: <PartnersPage /> },
          { path: 'partners/:id', element: <PartnerDetailPage /> },
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:id', element: <PartnerDetailPage /> },
          { path: 'partnerships', element: <PartnershipsPage /> },
          { path: 'partnerships/:id', element: <PartnershipDetailPage /> },
          { path: 'marketing-activities', element: <ActivitiesPage /> },
          { path: 'marketing-activities/:id', element: <ActivityPage /> },
          { path: 'leads', element: <LeadsPage /> },
          { path: 'leads/:id', element: <LeadPage /> },
          { path: 'opportunities', element: <OpportunitiesPage /> },
          { path: 'opportunities/:id', element: <OpportunityPage /> },
          { path: 'orders', element: <OrdersPage /> },
          { path: 'orders/:id', element: <OrderPage /> },
          { path: 'deal-registrations', element: <DealRegistrationsPage /> },
          { path: 'deal-registrations/:id', element: <DealRegistrationPage /> },
          { path: 'trainings', element: <TrainingPage /> },
        ],
      },
      {
        element: <RequirePermission permission={Permission.FundsRead} />,
        children: [{ path: 'funds/operations', element: <FundOperationsPage /> }],
      },
      {
        element: <RequirePermission permission={Permission.PortalAccessManage} />,
        children: [
          { path: 'portal-organizations', element: <PortalOrganizationsPage /> },
          { path: 'portal-organizations/:accountId', element: <PortalOrganizationPage /> },
        ],
      },
      {
        element: <RequirePermission permission={Permission.Admin} />,
        children: [
          { path: 'licenses', element: <LicensesPage /> },
          { path: 'integration-clients', element: <IntegrationClientsPage /> },
          { path: 'admin/fund-types', element: <FundTypesPage /> },
          { path: 'admin/outbox', element: <OutboxPage /> },
          { path: 'admin/jobs', element: <JobsPage /> },
        ],
      },
      { path: '*', element: <NotFound home="/" /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
