import type { CandidateView } from '@koers/domain';
import { useState } from 'react';
import { ProfileForm } from './profile-form';
import { useMijnTranslation } from '../../lib/translation';
import classes from './my-data.module.css';

/** My profile as the region has it, and a form to correct what a candidate may correct. */
export function ProfileSection({ view, candidateId, onReload }: { view: CandidateView; candidateId: string; onReload: () => Promise<CandidateView | undefined> }) {
  const { t } = useMijnTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const none = t('myData.notGiven');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);
  const rows: Array<[string, string]> = [
    [t('myData.fields.name'), view.name],
    [t('myData.fields.email'), view.email ?? none],
    [t('myData.fields.phone'), view.phone ?? none],
    [t('myData.fields.linkedin'), view.linkedin ?? none],
    [t('myData.fields.address'), view.address ?? none],
    [t('myData.fields.postcode'), view.postcode ?? none],
    [t('myData.fields.place'), view.place ?? none],
    [t('myData.fields.motivation'), view.motivation ?? none],
    [t('myData.fields.priorEducation'), view.priorEducation ? t(`vocab.priorEducation.${view.priorEducation}`) : none],
    [t('myData.fields.sectors'), list(view.sectors.map((value) => t(`vocab.sector.${value}`)))],
    [t('myData.fields.functions'), list(view.functions.map((value) => t(`vocab.jobFunction.${value}`)))],
    [t('myData.fields.qualifications'), list(view.qualifications.map((value) => t(`vocab.qualification.${value}`)))],
    [t('myData.fields.subjects'), list(view.subjects.map((value) => t(`vocab.subject.${value}`)))],
  ];
  return (
    <section className={`k-card ${classes.section}`} aria-labelledby="mijn-profiel">
      <h2 id="mijn-profiel">{t('myData.profile.title')}</h2>
      <div role="status">
        {saved !== null && !editing && (
          <p className="k-alert" data-tone="success">
            {saved > 0 ? t('myData.profile.saved') : t('myData.profile.nothingChanged')}
          </p>
        )}
      </div>
      {editing ? (
        <ProfileForm
          view={view}
          candidateId={candidateId}
          onReload={onReload}
          onCancel={() => setEditing(false)}
          onSaved={(fields) => {
            setSaved(fields.length);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl className={classes.facts}>
            {rows.map(([label, value]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="k-muted">{t('myData.profile.nameAndEmail')}</p>
          <button
            type="button"
            className="k-button"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            {t('myData.profile.edit')}
          </button>
        </>
      )}
    </section>
  );
}
