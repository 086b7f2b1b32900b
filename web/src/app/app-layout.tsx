import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { rolesOf } from '@koers/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { BrandMark } from '../components/brand-mark';
import { LanguageSwitch } from '../components/language-switch';
import { SkipLink } from '../components/skip-link';
import { meets } from '../lib/permissions';
import { useSession } from '../features/access/components/session-context';
import { useSignOut } from '../features/auth/api/sign-out';
import { MessagingNavBadge } from '../features/messaging/components/messaging-nav-badge';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { navItems } from './navigation';
import classes from './app-layout.module.css';

/** The signed-in frame: header with sign-out, navigation filtered by role, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user, access } = useSession();
  const location = useLocation();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const navigationType = useNavigationType();

  // On every navigation: close the phone menu and, when the person moved (not a redirect),
  // move focus to the new page's content so keyboard and screen-reader users start there.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (navigationType !== 'REPLACE') mainRef.current?.focus();
  }, [location.pathname, navigationType, close]);

  const items = navItems.filter((item) => meets(access, item.requirement));
  // The entry a page belongs to: the longest nav path the current path starts with, so
  // /berichten/:id marks "Berichten" while /beheer/gebruikers marks only its own entry.
  const activePath = items
    .map((item) => item.path as string)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  const name = access?.displayName || user.displayName || user.email || '';
  const roles = access ? rolesOf(access) : [];

  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('app.closeMenu') : t('app.openMenu')}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <BrandMark />
            </Group>
            {/* Tight on a 360 px phone: brand, bell, language and sign-out only just fit. */}
            <Group gap={6} wrap="nowrap">
              <Text size="sm" visibleFrom="md" c="dimmed" truncate maw={280}>
                {t('app.signedInAs', { name })}
              </Text>
              <NotificationBell />
              <LanguageSwitch />
              <Button
                variant="default"
                size="xs"
                px={{ base: 8, sm: 14 }}
                loading={signOut.isPending}
                loaderProps={{ 'aria-label': t('app.signingOut') }}
                onClick={() => signOut.mutate()}
              >
                {t('app.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="main-navigation" aria-label={t('app.mainNavigation')} p="sm">
          <AppShell.Section grow component={ScrollArea}>
            <Stack gap={4} component="ul" className={classes.navList}>
              {items.map((item) => {
                const active = item.path === activePath;
                return (
                  <li key={item.path}>
                    <NavLink
                      component={Link}
                      to={item.path}
                      label={t(item.label)}
                      rightSection={
                        item.path === '/berichten' ? <MessagingNavBadge scope="staff" /> : undefined
                      }
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      variant="light"
                      className={classes.navLink}
                    />
                  </li>
                );
              })}
            </Stack>
          </AppShell.Section>
          <AppShell.Section>
            <Box className={classes.who}>
              <Text size="sm" fw={600} truncate>
                {name}
              </Text>
              <Text size="xs" c="dimmed">
                {roles.map((role) => t(`vocab.role.${role}`)).join(', ')}
              </Text>
            </Box>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className={classes.main}>
          <Box maw={1100} mx="auto">
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
