import { AccountType } from '../../api';
import { AccountsPage } from './AccountsPage';

/** Accounts of type Customer: listed on their own, never offered a partnership. */
export default function CustomersPage() {
  return <AccountsPage type={AccountType.Customer} />;
}
