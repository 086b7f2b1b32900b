import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useMijnTranslation } from '../../lib/translation';
import { signInEmailSchema } from './api/sign-in-link';

/** The one field of both sign-in pages: an e-mail address, checked before anything is sent. */
export function EmailForm({ submitLabel, busy, onEmail }: { submitLabel: string; busy: boolean; onEmail: (email: string) => void }) {
  const { t } = useMijnTranslation();
  const form = useForm<z.input<typeof signInEmailSchema>, unknown, z.output<typeof signInEmailSchema>>({
    resolver: zodResolver(signInEmailSchema),
    defaultValues: { email: '' },
  });
  const error = form.formState.errors.email;
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => onEmail(values.email))(event)}>
      <div className="k-field">
        <label htmlFor="sign-in-email">{t('signIn.email')}</label>
        <input
          id="sign-in-email"
          className="k-input"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-email-error' : undefined}
          {...form.register('email')}
        />
        {error && (
          <span id="sign-in-email-error" className="k-field-error">
            {t('signIn.emailInvalid')}
          </span>
        )}
      </div>
      <button type="submit" className="k-button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
