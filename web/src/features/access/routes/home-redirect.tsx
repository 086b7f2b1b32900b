import { startPathFor } from '@koers/domain';
import { Navigate } from 'react-router';
import { useSession } from '../components/session-context';

/** `/`: everyone lands on the start page of their first role. */
export function HomeRedirectRoute() {
  const { access } = useSession();
  return <Navigate to={startPathFor(access)} replace />;
}
