import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { signOutCandidate } from '../lib/session';
import { useMijnTranslation } from '../lib/translation';
import classes from './layout.module.css';

const navItems = [
  { path: '/', label: 'app.nav.route', icon: '🧭' },
  { path: '/activiteiten', label: 'app.nav.activities', icon: '📅' },
  { path: '/berichten', label: 'app.nav.messages', icon: '💬' },
  { path: '/hulp', label: 'app.nav.helpers', icon: '🤝' },
  { path: '/gegevens', label: 'app.nav.data', icon: '🔒' },
] as const;

function isCurrent(location: string, path: string): boolean {
  return path === '/' ? location === '/' || location === '/routes' : location === path || location.startsWith(`${path}/`);
}

/** The signed-in frame: header with language and sign-out, the five sections, the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useMijnTranslation();
  const [location] = useLocation();
  const otherLanguage = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <>
      <a className={classes.skip} href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <div className={classes.headerInner}>
          <Link href="/" className={classes.brand}>
            {t('app.name')}
          </Link>
          <div className={classes.tools}>
            <button
              type="button"
              className={classes.toolButton}
              lang={otherLanguage}
              aria-label={otherLanguage === 'en' ? 'EN: Switch to English' : 'NL: Schakel naar Nederlands'}
              onClick={() => void i18n.changeLanguage(otherLanguage)}
            >
              {otherLanguage.toUpperCase()}
            </button>
            <button type="button" className={classes.toolButton} onClick={() => void signOutCandidate()}>
              {t('app.signOut')}
            </button>
          </div>
        </div>
      </header>
      <nav className={classes.nav} aria-label={t('app.nav.label')}>
        <ul className={classes.navList}>
          {navItems.map((item) => (
            <li key={item.path}>
              <Link href={item.path} className={classes.navLink} aria-current={isCurrent(location, item.path) ? 'page' : undefined}>
                <span className={classes.navIcon} aria-hidden>
                  {item.icon}
                </span>
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud" className={classes.main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
