/** Where the app runs, for links in mails (set APP_URL when deploying). */
export function appUrl(): string {
  const project = process.env.GCLOUD_PROJECT ?? 'demo-koers';
  return process.env.APP_URL ?? `https://${project}.web.app`;
}
