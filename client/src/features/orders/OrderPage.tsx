import { useParams } from 'react-router';
import { Permission } from '../../api';
import { QueryState } from '../../components/QueryState';
import { useCan } from '../auth/hooks';
import { useOrder } from './hooks';
import { OrderView } from './OrderView';
import { ORDERS } from './OrdersPage';

/** Back-office: an order with its lines and their price source; partners.write works a draft and moves the status. */
export default function OrderPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const canWrite = useCan(Permission.PartnersWrite);
  return <QueryState query={order}>{(o) => <OrderView order={o} canWrite={canWrite} listPath={ORDERS} />}</QueryState>;
}
