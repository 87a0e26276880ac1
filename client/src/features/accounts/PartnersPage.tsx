import { AccountType } from '../../api';
import { AccountsPage } from './AccountsPage';

/** Accounts of type Partner; the "New partner" form creates partners only. */
export default function PartnersPage() {
  return <AccountsPage type={AccountType.Partner} />;
}
