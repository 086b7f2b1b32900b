import { useMijnTranslation } from '../../lib/translation';
import { ErrorMessage } from '../../components/status';
import { useFormat } from '../../lib/format';
import { useExportMyData } from './api/export-my-data';
import { buildExportHtml, saveFile } from './export-html';
import classes from './my-data.module.css';

/** "Download mijn gegevens": everything about me as JSON (for another service) and as a readable page. */
export function DownloadSection() {
  const { t, i18n } = useMijnTranslation();
  const format = useFormat();
  const exported = useExportMyData();

  function saveHtml() {
    if (!exported.data) return;
    const html = buildExportHtml(exported.data, {
      lang: i18n.language,
      title: t('myData.export.documentTitle'),
      intro: t('myData.export.documentIntro'),
      exportedAt: (date) => t('myData.export.madeAt', { date }),
      profile: t('myData.export.profile'),
      sections: t('myData.export.sections', { returnObjects: true }),
      fields: { ...t('myData.export.fields', { returnObjects: true }), ...t('myData.fields', { returnObjects: true }) },
      yes: t('myData.export.yes'),
      no: t('myData.export.no'),
      empty: '—',
      none: t('myData.export.nothing'),
      formatDate: (value) => format.dayAndTime(value),
    });
    saveFile('mijn-gegevens.html', 'text/html;charset=utf-8', html);
  }

  return (
    <section className={`k-card ${classes.section}`} aria-labelledby="downloaden">
      <h2 id="downloaden">{t('myData.export.title')}</h2>
      <p>{t('myData.export.intro')}</p>
      <div role="status">
        {exported.isPending && <p className="k-muted">{t('myData.export.preparing')}</p>}
        {exported.isSuccess && (
          <p className="k-alert" data-tone="success">
            {t('myData.export.ready')}
          </p>
        )}
      </div>
      {exported.isError && <ErrorMessage error={exported.error} onRetry={() => exported.mutate()} />}
      {exported.isSuccess ? (
        <div className="k-row">
          <button type="button" className="k-button" onClick={saveHtml}>
            {t('myData.export.saveHtml')}
          </button>
          <button
            type="button"
            className="k-button k-button-secondary"
            onClick={() => saveFile('mijn-gegevens.json', 'application/json', `${JSON.stringify(exported.data, null, 2)}\n`)}
          >
            {t('myData.export.saveJson')}
          </button>
        </div>
      ) : (
        <button type="button" className="k-button" disabled={exported.isPending} onClick={() => exported.mutate()}>
          {t('myData.export.start')}
        </button>
      )}
    </section>
  );
}
