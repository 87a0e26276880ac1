import { useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useOrder } from './hooks';
import { OrderView } from './OrderView';
import { PORTAL_ORDERS } from './PortalOrdersPage';

/** Portal: the organization's order; a draft takes products at the partner's price (shown with its source) and is submitted. */
export default function PortalOrderPage() {
  const { id = '' } = useParams();
  const order = useOrder(id, true);
  return (
    <QueryState query={order}>{(o) => <OrderView order={o} portal canWrite listPath={PORTAL_ORDERS} />}</QueryState>
  );
}
