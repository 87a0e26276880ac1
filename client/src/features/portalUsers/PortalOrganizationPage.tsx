import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { Permission } from '../../api';
import { useCan } from '../auth/hooks';
import { usePortalOrganization } from './hooks';
import { PortalAccessSection } from './PortalAccessSection';

/** A partner's portal access by account, for portal user managers who cannot open partner pages. */
export default function PortalOrganizationPage() {
  const { accountId = '' } = useParams();
  const organization = usePortalOrganization(accountId);
  const canOpenPartner = useCan(Permission.PartnersRead);

  return (
    <QueryState query={organization}>
      {(org) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/portal-organizations">
              Portal organizations
            </Anchor>
            <Text>{org?.name ?? 'Organization'}</Text>
          </Breadcrumbs>
          {org && (
            <PageTitle title={org.accountName}>
              {canOpenPartner ? (
                <Anchor component={Link} to={`/partners/${org.accountId}`} c="inherit">
                  {org.accountName}
                </Anchor>
              ) : (
                org.accountName
              )}
            </PageTitle>
          )}
          <PortalAccessSection accountId={accountId} />
        </Stack>
      )}
    </QueryState>
  );
}
