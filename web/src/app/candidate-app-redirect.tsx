import { useEffect } from 'react';
import { PageLoader } from '../components/page-loader';

/**
 * /mijn/…: a candidate's pages are a separate app (mijn/index.html, served for every /mijn
 * address). A link or redirect inside this app that leads there loads it in full.
 */
export function CandidateAppRedirect() {
  useEffect(() => {
    window.location.replace(`${window.location.pathname}${window.location.search}`);
  }, []);
  return <PageLoader />;
}
