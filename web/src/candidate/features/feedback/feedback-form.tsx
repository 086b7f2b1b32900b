import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import { sendFeedback } from './api/give-feedback';
import type { FeedbackSubject } from './feedback-prompts';
import classes from './feedback.module.css';

const ratings = [1, 2, 3, 4, 5] as const;

/** One question: a rating 1–5 (radio group with its legend) and an optional comment. */
export function FeedbackForm({ item, candidateId, onDone }: { item: FeedbackSubject; candidateId: string; onDone: (sent: boolean) => void }) {
  const { t } = useMijnTranslation();
  const id = useId();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (rating === null) {
      setMissing(true);
      return;
    }
    setSending(true);
    setFailure(null);
    sendFeedback({ regionId: item.regionId, candidateId, subject: item.subject, subjectId: item.subjectId, rating, comment: comment.trim() === '' ? null : comment.trim().slice(0, 1000) }).then(
      () => onDone(true),
      (error: unknown) => {
        setSending(false);
        setFailure(error);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className={classes.fieldset} aria-describedby={missing ? `${id}-fout` : undefined}>
        <legend className={classes.legend}>{item.question}</legend>
        <div className={classes.scale}>
          {ratings.map((value) => (
            <label key={value} className={classes.option}>
              <input
                type="radio"
                name={`${id}-cijfer`}
                value={value}
                checked={rating === value}
                onChange={() => {
                  setRating(value);
                  setMissing(false);
                }}
              />
              <span aria-hidden>{value}</span>
              <span className="k-sr-only">{t(`feedback.scale.${value}`)}</span>
            </label>
          ))}
        </div>
        <p className={`k-muted ${classes.ends}`} aria-hidden>
          <span>{t('feedback.scale.1')}</span>
          <span>{t('feedback.scale.5')}</span>
        </p>
        {missing && (
          <p id={`${id}-fout`} className="k-field-error">
            {t('feedback.pickRating')}
          </p>
        )}
      </fieldset>
      <div className="k-field">
        <label htmlFor={`${id}-opmerking`}>{t('feedback.comment')}</label>
        <textarea id={`${id}-opmerking`} className="k-input" rows={2} maxLength={1000} value={comment} onChange={(event) => setComment(event.target.value)} />
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="k-row">
        <button type="submit" className="k-button" disabled={sending}>
          {t('feedback.send')}
        </button>
        <button type="button" className="k-button k-button-secondary" onClick={() => onDone(false)}>
          {t('feedback.later')}
        </button>
      </div>
    </form>
  );
}
