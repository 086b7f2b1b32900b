import { zodResolver } from '@hookform/resolvers/zod';
import { jobFunctions, priorEducationLevels, qualifications, sectors, subjects, type CandidateView } from '@koers/domain';
import { useState } from 'react';
import { useForm, type FieldPath, type Resolver, type UseFormRegister } from 'react-hook-form';
import { errorCode } from '../../../lib/errors';
import { ErrorMessage } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import { useUpdateMyProfile } from './api/update-my-profile';
import { profileChanges, profileFormSchema, profileFormValues, type ProfileFormField, type ProfileFormValues, type ProfilePatch } from './profile-form-schema';
import classes from './my-data.module.css';

/** The fields someone else changed meanwhile, from an `aborted` answer of updateMyProfile. */
function conflictFields(error: unknown): ProfileFormField[] {
  const details = (error as { details?: { fields?: unknown } } | null)?.details;
  return Array.isArray(details?.fields) ? (details.fields.filter((field) => typeof field === 'string') as ProfileFormField[]) : [];
}

/** Corrects the profile fields a candidate may change (through updateMyProfile). */
// Plain comparison rather than Intl.Collator: its first use loads ICU data and blocks a phone
// for a noticeable moment, and the subject names sort the same either way (no accents).
function byLabel(a: [string, string], b: [string, string]): number {
  const [x, y] = [a[1].toLowerCase(), b[1].toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function ProfileForm({
  view,
  candidateId,
  onSaved,
  onCancel,
  onReload,
}: {
  view: CandidateView;
  candidateId: string;
  onSaved: (changedFields: string[]) => void;
  onCancel: () => void;
  /** Reads the view again (after a conflict); resolves with the newest view. */
  onReload: () => Promise<CandidateView | undefined>;
}) {
  const { t } = useMijnTranslation();
  const save = useUpdateMyProfile(candidateId);
  const [nothingChanged, setNothingChanged] = useState(false);
  const form = useForm<ProfileFormValues, unknown, ProfilePatch>({
    defaultValues: profileFormValues(view),
    resolver: zodResolver(profileFormSchema) as unknown as Resolver<ProfileFormValues, unknown, ProfilePatch>,
  });
  const { register, formState } = form;
  const conflicts = save.isError && errorCode(save.error) === 'aborted' ? conflictFields(save.error) : [];
  const label = (field: ProfileFormField) => t(`myData.fields.${field}`);

  const onSubmit = form.handleSubmit((values) => {
    const { changes, base } = profileChanges(values, view);
    setNothingChanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    save.mutate({ changes, base }, { onSuccess: (result) => onSaved(result.changedFields) });
  });

  async function reload() {
    const fresh = await onReload();
    if (!fresh) return;
    // The fields changed meanwhile take the new values; what was typed elsewhere stays.
    const next = profileFormValues(fresh);
    for (const field of conflicts) form.setValue(field, next[field], { shouldDirty: false });
    save.reset();
  }

  const text = (field: 'phone' | 'linkedin' | 'address' | 'postcode' | 'place', type: 'text' | 'tel' | 'url', autoComplete: string) => (
    <TextField field={field} label={label(field)} type={type} autoComplete={autoComplete} register={register} error={formState.errors[field] ? t(`myData.invalid.${field}`) : null} />
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      {text('phone', 'tel', 'tel')}
      {text('linkedin', 'url', 'url')}
      {text('address', 'text', 'street-address')}
      {text('postcode', 'text', 'postal-code')}
      {text('place', 'text', 'address-level2')}
      <div className="k-field">
        <label htmlFor="profiel-motivation">{label('motivation')}</label>
        <textarea
          id="profiel-motivation"
          className={`k-input ${classes.textarea}`}
          rows={5}
          aria-invalid={formState.errors.motivation ? true : undefined}
          aria-describedby={formState.errors.motivation ? 'profiel-motivation-fout' : undefined}
          {...register('motivation')}
        />
        {formState.errors.motivation && (
          <span id="profiel-motivation-fout" className="k-field-error">
            {t('myData.invalid.motivation')}
          </span>
        )}
      </div>
      <div className="k-field">
        <label htmlFor="profiel-priorEducation">{label('priorEducation')}</label>
        <select id="profiel-priorEducation" className="k-input" {...register('priorEducation')}>
          <option value="">{t('myData.notGiven')}</option>
          {priorEducationLevels.map((value) => (
            <option key={value} value={value}>
              {t(`vocab.priorEducation.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <Choices field="sectors" legend={label('sectors')} options={sectors.map((value) => [value, t(`vocab.sector.${value}`)])} register={register} />
      <Choices field="functions" legend={label('functions')} options={jobFunctions.map((value) => [value, t(`vocab.jobFunction.${value}`)])} register={register} />
      <Choices field="qualifications" legend={label('qualifications')} options={qualifications.map((value) => [value, t(`vocab.qualification.${value}`)])} register={register} />
      <Choices
        field="subjects"
        legend={label('subjects')}
        options={subjects.map((value): [string, string] => [value, t(`vocab.subject.${value}`)]).sort(byLabel)}
        register={register}
      />

      {nothingChanged && (
        <p className="k-alert" role="status">
          {t('myData.profile.nothingChanged')}
        </p>
      )}
      {conflicts.length > 0 ? (
        <div className="k-alert" data-tone="warning" role="alert">
          <p>{t('myData.profile.conflict', { fields: conflicts.map(label).join(', ') })}</p>
          <button type="button" className="k-button k-button-secondary" onClick={() => void reload()}>
            {t('myData.profile.reload')}
          </button>
        </div>
      ) : (
        save.isError && <ErrorMessage error={save.error} />
      )}
      <div className="k-row">
        <button type="submit" className="k-button" disabled={save.isPending}>
          {save.isPending ? t('myData.profile.saving') : t('myData.profile.save')}
        </button>
        <button type="button" className="k-button k-button-secondary" onClick={onCancel}>
          {t('myData.profile.cancel')}
        </button>
      </div>
    </form>
  );
}

function TextField({
  field,
  label,
  type,
  autoComplete,
  register,
  error,
}: {
  field: FieldPath<ProfileFormValues>;
  label: string;
  type: string;
  autoComplete: string;
  register: UseFormRegister<ProfileFormValues>;
  error: string | null;
}) {
  const id = `profiel-${field}`;
  return (
    <div className="k-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="k-input"
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        {...register(field)}
      />
      {error && (
        <span id={`${id}-fout`} className="k-field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A group of checkboxes with its legend (sectors, functions, …). */
function Choices({
  field,
  legend,
  options,
  register,
}: {
  field: 'sectors' | 'functions' | 'qualifications' | 'subjects';
  legend: string;
  options: ReadonlyArray<readonly [string, string]>;
  register: UseFormRegister<ProfileFormValues>;
}) {
  return (
    <fieldset className={classes.choices}>
      <legend className="k-label">{legend}</legend>
      {options.map(([value, text]) => (
        <label key={value} className={classes.choice}>
          <input type="checkbox" value={value} {...register(field)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
