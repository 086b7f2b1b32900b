import type { CandidateView, SetMyConsentInput } from '@koers/domain';
import { useState } from 'react';
import { useRegionName } from '../../api/get-region-name';
import { ErrorMessage } from '../../components/status';
import { useFormat } from '../../lib/format';
import { useMijnTranslation } from '../../lib/translation';
import { useSetMyConsent } from './api/set-my-consent';
import classes from './my-data.module.css';

type Decision = SetMyConsentInput;

/** Every region of the dossier, and those the candidate withdrew from: home first, then by id. */
export function regionsOf(view: CandidateView): string[] {
  const ids = new Set([...view.regionIds, ...Object.keys(view.consent.regions ?? {})]);
  return [...ids].sort((a, b) => (a === view.homeRegionId ? -1 : b === view.homeRegionId ? 1 : a.localeCompare(b)));
}

/** "Wie ziet mijn gegevens en waarom": regions, organisations, and the consent decisions. */
export function WhoSeesSection({ view }: { view: CandidateView }) {
  const { t } = useMijnTranslation();
  const consent = useSetMyConsent();
  const [outcome, setOutcome] = useState<string | null>(null);
  const organisations = view.helpers.filter((helper) => helper.kind !== 'adviser');

  function decide(decision: Decision, said: string) {
    setOutcome(null);
    consent.mutate(decision, { onSuccess: () => setOutcome(said) });
  }

  return (
    <section className={`k-card ${classes.section}`} aria-labelledby="wie-ziet">
      <h2 id="wie-ziet">{t('myData.who.title')}</h2>
      <p>{t('myData.who.intro')}</p>
      <div role="status">
        {outcome && (
          <p className="k-alert" data-tone="success">
            {outcome}
          </p>
        )}
      </div>
      {consent.isError && <ErrorMessage error={consent.error} messages={{ 'failed-precondition': t('myData.who.refused') }} />}

      <h3>{t('myData.who.regions')}</h3>
      <ul className="k-list">
        {regionsOf(view).map((regionId) => (
          <RegionRow key={regionId} view={view} regionId={regionId} busy={consent.isPending} onDecide={decide} />
        ))}
      </ul>

      <h3>{t('myData.who.organisations')}</h3>
      {!view.consent.shareWithOrganisations ? (
        <p>{t('myData.who.noSharing')}</p>
      ) : organisations.length === 0 ? (
        <p>{t('myData.who.noOrganisations')}</p>
      ) : (
        <>
          <p>{t('myData.who.organisationsIntro')}</p>
          <ul>
            {organisations.map((helper) => (
              <li key={`${helper.kind}-${helper.regionId}-${helper.name}`}>
                {helper.organisation && helper.organisation !== helper.name ? `${helper.organisation} (${helper.name})` : helper.name}
                {' – '}
                {t(`myData.who.${helper.kind === 'school' ? 'school' : 'institute'}`)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('myData.who.choices')}</h3>
      <Switch
        id="toestemming-delen"
        checked={view.consent.shareWithOrganisations}
        label={t('myData.who.share')}
        help={t('myData.who.shareHelp')}
        busy={consent.isPending}
        onChange={(given) => decide({ kind: 'shareWithOrganisations', given }, given ? t('myData.who.shareOn') : t('myData.who.shareOff'))}
      />
      <Switch
        id="toestemming-bewaren"
        checked={view.consent.retainAfterProcess}
        label={t('myData.who.retain')}
        help={t('myData.who.retainHelp')}
        busy={consent.isPending}
        onChange={(given) => decide({ kind: 'retainAfterProcess', given }, given ? t('myData.who.retainOn') : t('myData.who.retainOff'))}
      />
    </section>
  );
}

function RegionRow({ view, regionId, busy, onDecide }: { view: CandidateView; regionId: string; busy: boolean; onDecide: (decision: Decision, said: string) => void }) {
  const { t } = useMijnTranslation();
  const format = useFormat();
  const name = useRegionName(regionId);
  const [confirming, setConfirming] = useState(false);
  const home = regionId === view.homeRegionId;
  const shared = view.regionIds.includes(regionId);
  const recorded = view.consent.regions?.[regionId]?.at ?? (home ? view.consent.givenAt : null);

  return (
    <li className={classes.region}>
      <p style={{ fontWeight: 700, margin: 0 }}>
        {name} {home && <span className="k-badge">{t('myData.who.homeBadge')}</span>}
      </p>
      <p style={{ margin: 0 }}>{home ? t('myData.who.home') : shared ? t('myData.who.shared') : t('myData.who.withdrawn')}</p>
      {recorded && (
        <p className="k-muted" style={{ margin: 0 }}>
          {shared ? t('myData.who.givenAt', { date: format.date(recorded) }) : t('myData.who.withdrawnAt', { date: format.date(recorded) })}
        </p>
      )}
      {!home &&
        (confirming ? (
          <div className="k-alert" data-tone="warning" style={{ marginTop: 8 }}>
            <p>{shared ? t('myData.who.confirmWithdraw', { region: name }) : t('myData.who.confirmGive', { region: name })}</p>
            <div className="k-row">
              <button
                type="button"
                className={shared ? 'k-button k-button-danger' : 'k-button'}
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  onDecide(
                    { kind: 'region', regionId, given: !shared },
                    shared ? t('myData.who.withdrawDone', { region: name }) : t('myData.who.giveDone', { region: name }),
                  );
                }}
              >
                {shared ? t('myData.who.withdrawConfirm') : t('myData.who.giveConfirm')}
              </button>
              <button type="button" className="k-button k-button-secondary" onClick={() => setConfirming(false)}>
                {t('myData.who.keep')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className={`k-button ${shared ? 'k-button-danger' : 'k-button-secondary'}`}
            style={{ marginTop: 8 }}
            disabled={busy}
            aria-label={`${shared ? t('myData.who.withdraw') : t('myData.who.give')}: ${name}`}
            onClick={() => setConfirming(true)}
          >
            {shared ? t('myData.who.withdraw') : t('myData.who.give')}
          </button>
        ))}
    </li>
  );
}

function Switch({ id, checked, label, help, busy, onChange }: { id: string; checked: boolean; label: string; help: string; busy: boolean; onChange: (given: boolean) => void }) {
  return (
    <div className={classes.switch}>
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={busy} aria-describedby={`${id}-uitleg`} onChange={(event) => onChange(event.target.checked)} />
      <div>
        <label htmlFor={id} className="k-label">
          {label}
        </label>
        <p id={`${id}-uitleg`} className="k-muted" style={{ margin: 0 }}>
          {help}
        </p>
      </div>
    </div>
  );
}
