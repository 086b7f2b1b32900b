import { Outlet } from 'react-router';
import { meets, type Requirement } from '../../../lib/permissions';
import { ForbiddenNotice } from './forbidden-notice';
import { useSession } from './session-context';

/** Route guard: renders the child routes only for people who meet the requirement. */
export function RequireAccess({ requirement }: { requirement: Requirement }) {
  const { access } = useSession();
  return meets(access, requirement) ? <Outlet /> : <ForbiddenNotice />;
}
