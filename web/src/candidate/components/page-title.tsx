import { useEffect, type ReactNode } from 'react';
import { useMijnTranslation } from '../lib/translation';

/** The page's one h1, also the document title (what a screen reader announces on navigation). */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useMijnTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="k-stack" style={{ marginBottom: 16 }}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
