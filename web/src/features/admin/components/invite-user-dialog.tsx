import { emailSchema, organisationRoles, regionRoles, type InviteUserInput, type OrganisationRole } from '@koers/domain';
import { Alert, Button, CopyButton, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { errorCode } from '../../../lib/errors';
import { useOrganisationList } from '../../region/api/list-organisations';
import { inviteUserInputSchema, useInviteUser } from '../api/invite-user';

const inviteRoles = [...regionRoles, ...organisationRoles] as const;

function isOrganisationRole(role: string): role is OrganisationRole {
  return (organisationRoles as readonly string[]).includes(role);
}

/** The form's flat shape; on submit it becomes the callable's input and is parsed with its schema. */
const inviteFormSchema = inviteUserInputSchema
  .pick({ displayName: true })
  .extend({
    email: z.string().trim().pipe(emailSchema),
    role: z.enum(inviteRoles),
    organisationId: z.string(),
  })
  .superRefine((value, context) => {
    if (isOrganisationRole(value.role) && !value.organisationId) {
      context.addIssue({ code: 'custom', path: ['organisationId'], message: 'organisation required' });
    }
  });
type InviteForm = z.input<typeof inviteFormSchema>;

function toInput(form: z.output<typeof inviteFormSchema>, regionId: string): InviteUserInput {
  const grant: InviteUserInput['grant'] = isOrganisationRole(form.role)
    ? { kind: 'organisation', regionId, organisationId: form.organisationId, role: form.role }
    : { kind: 'region', regionId, role: form.role };
  return inviteUserInputSchema.parse({ email: form.email, displayName: form.displayName, grant });
}

interface InviteUserDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  regionName: string;
}

/** Invites a person to a role in the region and shows their sign-in link, once. */
export function InviteUserDialog({ opened, onClose, regionId, regionName }: InviteUserDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const invite = useInviteUser();
  const organisations = useOrganisationList(opened ? regionId : null);
  const form = useForm<InviteForm, unknown, z.output<typeof inviteFormSchema>>({
    resolver: zodResolver(inviteFormSchema),
    defaultValues: { email: '', displayName: '', role: 'adviser', organisationId: '' },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const errors = form.formState.errors;

  const close = () => {
    invite.reset();
    form.reset();
    onClose();
  };

  const submit = form.handleSubmit((values) => invite.mutate(toInput(values, regionId)));
  const invitedName = invite.variables?.displayName ?? '';

  return (
    <Modal opened={opened} onClose={close} title={t('admin.invite.title', { region: regionName })} fullScreen={phone} size="lg">
      {invite.isSuccess ? (
        <Stack>
          <Alert color="green" variant="light" title={t('admin.invite.doneTitle')} role="status">
            {t('admin.invite.doneBody', { name: invitedName })}
          </Alert>
          <TextInput
            label={t('admin.invite.link', { name: invitedName })}
            value={invite.data.signInLink}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            data-testid="invite-link"
          />
          <Group justify="flex-end">
            <CopyButton value={invite.data.signInLink}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} aria-live="polite">
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <TextInput
              label={t('admin.invite.email')}
              type="email"
              autoComplete="off"
              required
              error={errors.email && t('validation.email')}
              {...form.register('email')}
            />
            <TextInput
              label={t('admin.invite.displayName')}
              autoComplete="off"
              required
              error={errors.displayName && t('validation.required')}
              {...form.register('displayName')}
            />
            <NativeSelect
              label={t('admin.invite.role')}
              required
              data={inviteRoles.map((value) => ({ value, label: t(`vocab.role.${value}`) }))}
              error={errors.role && t('validation.required')}
              {...form.register('role')}
            />
            {isOrganisationRole(role) && (
              <NativeSelect
                label={t('admin.invite.organisation')}
                description={
                  organisations.isError
                    ? undefined
                    : organisations.data?.length === 0
                      ? t('admin.invite.noOrganisations')
                      : t('admin.invite.organisationHint')
                }
                required
                disabled={!organisations.data?.length}
                data={[
                  { value: '', label: '' },
                  ...(organisations.data ?? []).map((organisation) => ({
                    value: organisation.id,
                    label: `${organisation.name} (${t(`vocab.organisationType.${organisation.type}`)})`,
                  })),
                ]}
                error={
                  organisations.isError
                    ? t(`errors.${errorCode(organisations.error)}`)
                    : errors.organisationId && t('validation.organisation')
                }
                {...form.register('organisationId')}
              />
            )}
            {invite.isError && (
              <ErrorAlert
                error={invite.error}
                messages={{ 'already-exists': t('errors.inviteExists'), 'failed-precondition': t('errors.grantSelf') }}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending} loaderProps={{ 'aria-label': t('admin.invite.submitting') }}>
                {t('admin.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
