import type { ReactNode } from 'react';
import { PageTitle } from '../../components/page-title';

/** The frame of the pages before sign-in: narrow, centred, one card. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="inhoud" style={{ maxWidth: 480, margin: '0 auto', padding: '24px 16px' }}>
      <div className="k-card">
        <PageTitle title={title} />
        {children}
      </div>
    </main>
  );
}
