import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Group, Stack, Text } from '@mantine/core';
import { LeadOfferState } from '../../api';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { LeadDetails, LeadStatusBadge } from './display';
import { useChangeMyLeadStatus, useMyLead } from './hooks';
import { OfferCard, PORTAL_LEADS } from './PortalOffers';
import { StatusActions } from './StatusActions';

/**
 * Portal: a lead (the offer e-mail links here). Offered to the partner: the offer with Accept / Decline. Held: the
 * details and the status flow New → Working → Qualified / Disqualified (with a reason).
 */
export default function PortalLeadPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lead = useMyLead(id);

  return (
    <QueryState query={lead}>
      {(l) => {
        const openOffer = !l.partnerAccountId ? l.offers.find((o) => o.state === LeadOfferState.Open) : undefined;
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={PORTAL_LEADS}>
                Leads
              </Anchor>
              <Text>{l.customer}</Text>
            </Breadcrumbs>
            <Group gap="sm" miw={0}>
              <PageTitle style={{ overflowWrap: 'anywhere' }}>{l.customer}</PageTitle>
              {!openOffer && <LeadStatusBadge status={l.status} />}
            </Group>
            {openOffer ? (
              <OfferCard
                offer={{ ...l, leadId: l.id, deadline: openOffer.deadline }}
                onDeclined={() => void navigate(PORTAL_LEADS, { replace: true })}
              />
            ) : (
              <>
                <StatusActions lead={l} useChange={useChangeMyLeadStatus} />
                <LeadDetails lead={l} />
                <HistoryCard events={l.history} />
              </>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
